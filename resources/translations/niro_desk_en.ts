<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name />
    <message>
      <source>Backup of the old version: {path}</source>
      <translation>Backup of the old version: {path}</translation>
    </message>
    <message>
      <source>Schema is at version {head}.</source>
      <translation>Schema is at version {head}.</translation>
    </message>
    <message>
      <source>Database: {url}</source>
      <translation>Database: {url}</translation>
    </message>
    <message>
      <source>Schema version: {revision} (newest: {head})</source>
      <translation>Schema version: {revision} (newest: {head})</translation>
    </message>
    <message>
      <source>Schema differs from the models: {difference}</source>
      <translation>Schema differs from the models: {difference}</translation>
    </message>
    <message>
      <source>Integrity problem: {problem}</source>
      <translation>Integrity problem: {problem}</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>PROBLEMS FOUND</source>
      <translation>PROBLEMS FOUND</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>Backup written to {path}</translation>
    </message>
    <message>
      <source>Backup verified (schema version {revision}).</source>
      <translation>Backup verified (schema version {revision}).</translation>
    </message>
    <message>
      <source>Database restored from {path}</source>
      <translation>Database restored from {path}</translation>
    </message>
    <message>
      <source>The database is not empty: the demo network is only written into an empty database.</source>
      <translation>The database is not empty: the demo network is only written into an empty database.</translation>
    </message>
    <message>
      <source>Demo network written: {members} members, {customers} customers, {suppliers} suppliers, {contacts} contacts.</source>
      <translation>Demo network written: {members} members, {customers} customers, {suppliers} suppliers, {contacts} contacts.</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Error: {message}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Demo network</source>
      <translation>Demo network</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>member companies, contacts and expertise, admission with the competitor check, membership cap and waiting list.</source>
      <translation>member companies, contacts and expertise, admission with the competitor check, membership cap and waiting list.</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Requirements</translation>
    </message>
    <message>
      <source>requirement collections: yearly volumes and today's prices per participant, with Excel workbooks that go out and come back.</source>
      <translation>requirement collections: yearly volumes and today's prices per participant, with Excel workbooks that go out and come back.</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Tenders</translation>
    </message>
    <message>
      <source>supplier bidding rounds on pooled volumes with sealed bids, negotiation rounds and weighted evaluation.</source>
      <translation>supplier bidding rounds on pooled volumes with sealed bids, negotiation rounds and weighted evaluation.</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>framework agreements, opt-ins by participants, savings and printed summaries.</source>
      <translation>framework agreements, opt-ins by participants, savings and printed summaries.</translation>
    </message>
    <message>
      <source>Suppliers</source>
      <translation>Suppliers</translation>
    </message>
    <message>
      <source>suppliers that bid in tenders, with their contacts.</source>
      <translation>suppliers that bid in tenders, with their contacts.</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>savings per participant against the membership fee, pooled volumes and the network at a glance.</source>
      <translation>savings per participant against the membership fee, pooled volumes and the network at a glance.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Back up database…</source>
      <translation>&amp;Back up database…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About NIRO Desk</source>
      <translation>&amp;About NIRO Desk</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <source>User: %1</source>
      <translation>User: %1</translation>
    </message>
    <message>
      <source>The language changes when NIRO Desk starts next time.</source>
      <translation>The language changes when NIRO Desk starts next time.</translation>
    </message>
    <message>
      <source>About NIRO Desk</source>
      <translation>About NIRO Desk</translation>
    </message>
    <message>
      <source>NIRO Desk %1&lt;br&gt;Members CRM and joint procurement pool of the network.</source>
      <translation>NIRO Desk %1&lt;br&gt;Members CRM and joint procurement pool of the network.</translation>
    </message>
    <message>
      <source>Back up database</source>
      <translation>Back up database</translation>
    </message>
    <message>
      <source>NIRO Desk backup (*.sqlite3)</source>
      <translation>NIRO Desk backup (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation>Backing up the database…</translation>
    </message>
    <message>
      <source>Backup written to %1</source>
      <translation>Backup written to %1</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>The database file {path} lies on a network share. SQLite files get corrupted there. For several office PCs, use one PostgreSQL database instead (--database postgresql+psycopg://...).</source>
      <translation>The database file {path} lies on a network share. SQLite files get corrupted there. For several office PCs, use one PostgreSQL database instead (--database postgresql+psycopg://...).</translation>
    </message>
    <message>
      <source>Unsupported database '{url}': use a SQLite file or PostgreSQL.</source>
      <translation>Unsupported database '{url}': use a SQLite file or PostgreSQL.</translation>
    </message>
    <message>
      <source>{path} exists already: choose a new file name.</source>
      <translation>{path} exists already: choose a new file name.</translation>
    </message>
    <message>
      <source>Upgrade the database before a backup (niro-desk db upgrade).</source>
      <translation>Upgrade the database before a backup (niro-desk db upgrade).</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} does not exist.</translation>
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup: {error}</source>
      <translation>{path} is not a NIRO Desk backup: {error}</translation>
    </message>
    <message>
      <source>{path} is damaged (integrity check failed).</source>
      <translation>{path} is damaged (integrity check failed).</translation>
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup (no schema version).</source>
      <translation>{path} is not a NIRO Desk backup (no schema version).</translation>
    </message>
    <message>
      <source>{path} has schema version {revision}, unknown to this NIRO Desk (written by a newer version?).</source>
      <translation>{path} has schema version {revision}, unknown to this NIRO Desk (written by a newer version?).</translation>
    </message>
    <message>
      <source>Restore failed, nothing was changed: {error}</source>
      <translation>Restore failed, nothing was changed: {error}</translation>
    </message>
    <message>
      <source>The database has schema version {revision}, which this NIRO Desk does not know. It was probably written by a newer version: update NIRO Desk.</source>
      <translation>The database has schema version {revision}, which this NIRO Desk does not know. It was probably written by a newer version: update NIRO Desk.</translation>
    </message>
    <message>
      <source>The upgrade left {count} broken references in the database.</source>
      <translation>The upgrade left {count} broken references in the database.</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderArea</name>
    <message>
      <source>This area is not built yet.</source>
      <translation>This area is not built yet.</translation>
    </message>
    <message>
      <source>Planned: </source>
      <translation>Planned: </translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>NIRO Desk</source>
      <translation>NIRO Desk</translation>
    </message>
  </context>
</TS>
