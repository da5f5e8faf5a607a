<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name />
    <message>
      <source>Backup of the old version: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema is at version {head}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema version: {revision} (newest: {head})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema differs from the models: {difference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Integrity problem: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PROBLEMS FOUND</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup verified (schema version {revision}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database restored from {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database is not empty: the demo network is only written into an empty database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo network written: {members} members, {customers} customers, {suppliers} suppliers, {contacts} contacts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error: {message}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Demo network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>member companies, contacts and expertise, admission with the competitor check, membership cap and waiting list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Requirements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>requirement collections: yearly volumes and today's prices per participant, with Excel workbooks that go out and come back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tenders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>supplier bidding rounds on pooled volumes with sealed bids, negotiation rounds and weighted evaluation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>framework agreements, opt-ins by participants, savings and printed summaries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>suppliers that bid in tenders, with their contacts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>savings per participant against the membership fee, pooled volumes and the network at a glance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Back up database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About NIRO Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The language changes when NIRO Desk starts next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About NIRO Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NIRO Desk %1&lt;br&gt;Members CRM and joint procurement pool of the network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NIRO Desk backup (*.sqlite3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>The database file {path} lies on a network share. SQLite files get corrupted there. For several office PCs, use one PostgreSQL database instead (--database postgresql+psycopg://...).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unsupported database '{url}': use a SQLite file or PostgreSQL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} exists already: choose a new file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upgrade the database before a backup (niro-desk db upgrade).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is damaged (integrity check failed).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup (no schema version).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} has schema version {revision}, unknown to this NIRO Desk (written by a newer version?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore failed, nothing was changed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database has schema version {revision}, which this NIRO Desk does not know. It was probably written by a newer version: update NIRO Desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The upgrade left {count} broken references in the database.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlaceholderArea</name>
    <message>
      <source>This area is not built yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned: </source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>NIRO Desk</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
