<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AccountEditDialog</name>
    <message>
      <source>New account</source>
      <translation>New account</translation>
    </message>
    <message>
      <source>Roles of %1</source>
      <translation>Roles of %1</translation>
    </message>
    <message>
      <source>Sign-in &amp;name:</source>
      <translation>Sign-in &amp;name:</translation>
    </message>
    <message>
      <source>&amp;Display name:</source>
      <translation>&amp;Display name:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>Password &amp;again:</source>
      <translation>Password &amp;again:</translation>
    </message>
    <message>
      <source>Roles:</source>
      <translation>Roles:</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>Accounts</name>
    <message>
      <source>Office administrator</source>
      <translation>Office administrator</translation>
    </message>
    <message>
      <source>Office staff</source>
      <translation>Office staff</translation>
    </message>
    <message>
      <source>Procurement head</source>
      <translation>Procurement head</translation>
    </message>
    <message>
      <source>Manager / board</source>
      <translation>Manager / board</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <source>Accounts</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <source>Accounts on: everyone signs in with name and password</source>
      <translation>Accounts on: everyone signs in with name and password</translation>
    </message>
    <message>
      <source>While accounts are off, NIRO Desk acts as the operating-system user and everyone may do everything. A database shared on a PostgreSQL server should have accounts on.</source>
      <translation>While accounts are off, NIRO Desk acts as the operating-system user and everyone may do everything. A database shared on a PostgreSQL server should have accounts on.</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Add…</translation>
    </message>
    <message>
      <source>&amp;Roles…</source>
      <translation>&amp;Roles…</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Reset &amp;password…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Deactivate</translation>
    </message>
    <message>
      <source>On a shared PostgreSQL database accounts are always on: every account is a database role.</source>
      <translation>On a shared PostgreSQL database accounts are always on: every account is a database role.</translation>
    </message>
    <message>
      <source>&amp;Activate</source>
      <translation>&amp;Activate</translation>
    </message>
    <message>
      <source>Turning accounts on needs an administrator's account: sign in with it. You then act as that account.</source>
      <translation>Turning accounts on needs an administrator's account: sign in with it. You then act as that account.</translation>
    </message>
    <message>
      <source>Sign in as an administrator</source>
      <translation>Sign in as an administrator</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>Display name</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>no account (OS user)</source>
      <translation>no account (OS user)</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>deactivated</translation>
    </message>
    <message>
      <source>failed sign-ins: %1</source>
      <translation>failed sign-ins: %1</translation>
    </message>
  </context>
  <context>
    <name>AdmissionDialog</name>
    <message>
      <source>no seat is free</source>
      <translation>no seat is free</translation>
    </message>
    <message>
      <source>1 seat is free</source>
      <translation>1 seat is free</translation>
    </message>
    <message>
      <source>%1 seats are free</source>
      <translation>%1 seats are free</translation>
    </message>
    <message>
      <source>nobody is waiting ahead of this one</source>
      <translation>nobody is waiting ahead of this one</translation>
    </message>
    <message>
      <source>1 applicant is waiting ahead of this one</source>
      <translation>1 applicant is waiting ahead of this one</translation>
    </message>
    <message>
      <source>%1 applicants are waiting ahead of this one</source>
      <translation>%1 applicants are waiting ahead of this one</translation>
    </message>
    <message>
      <source>%1 of %2 seats taken</source>
      <translation>%1 of %2 seats taken</translation>
    </message>
    <message>
      <source>%1; %2 and %3: it can be admitted now.</source>
      <translation>%1; %2 and %3: it can be admitted now.</translation>
    </message>
    <message>
      <source>%1; %2, but %3: it stays number %4 on the waiting list.</source>
      <translation>%1; %2, but %3: it stays number %4 on the waiting list.</translation>
    </message>
    <message>
      <source>%1; %2, but %3: it will be number %4 on the waiting list.</source>
      <translation>%1; %2, but %3: it will be number %4 on the waiting list.</translation>
    </message>
    <message>
      <source>%1; %2 and %3: it stays number %4 on the waiting list.</source>
      <translation>%1; %2 and %3: it stays number %4 on the waiting list.</translation>
    </message>
    <message>
      <source>%1; %2 and %3: it will be number %4 on the waiting list.</source>
      <translation>%1; %2 and %3: it will be number %4 on the waiting list.</translation>
    </message>
    <message>
      <source>Membership cap</source>
      <translation>Membership cap</translation>
    </message>
    <message>
      <source>Competitor check</source>
      <translation>Competitor check</translation>
    </message>
    <message>
      <source>Admission &amp;date:</source>
      <translation>Admission &amp;date:</translation>
    </message>
    <message>
      <source>The check cannot judge</source>
      <translation>The check cannot judge</translation>
    </message>
    <message>
      <source>Record what it &amp;sells…</source>
      <translation>Record what it &amp;sells…</translation>
    </message>
    <message>
      <source>Admit &amp;without a competitor check</source>
      <translation>Admit &amp;without a competitor check</translation>
    </message>
    <message>
      <source>Why the office admits it without a check (required, audited)</source>
      <translation>Why the office admits it without a check (required, audited)</translation>
    </message>
    <message>
      <source>Rea&amp;son:</source>
      <translation>Rea&amp;son:</translation>
    </message>
    <message>
      <source>Board decision to admit despite the conflicts</source>
      <translation>Board decision to admit despite the conflicts</translation>
    </message>
    <message>
      <source>Why the board admits the organisation despite the conflicts (required)</source>
      <translation>Why the board admits the organisation despite the conflicts (required)</translation>
    </message>
    <message>
      <source>Decided &amp;on:</source>
      <translation>Decided &amp;on:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <source>Admit</source>
      <translation>Admit</translation>
    </message>
    <message>
      <source>Admit %1</source>
      <translation>Admit %1</translation>
    </message>
    <message>
      <source>%1 cannot be admitted: only applicants and those on the waiting list can.</source>
      <translation>%1 cannot be admitted: only applicants and those on the waiting list can.</translation>
    </message>
    <message>
      <source>Only a manager or an administrator records a board decision; a decision kept with the application still applies.</source>
      <translation>Only a manager or an administrator records a board decision; a decision kept with the application still applies.</translation>
    </message>
    <message>
      <source>Members: %1 / %2 · free seats: %3 · waiting list: %4</source>
      <translation>Members: %1 / %2 · free seats: %3 · waiting list: %4</translation>
    </message>
    <message>
      <source>Keep on the waiting list</source>
      <translation>Keep on the waiting list</translation>
    </message>
    <message>
      <source>Put on the waiting list</source>
      <translation>Put on the waiting list</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts (“%2”). The decision is kept with the application and applies when a seat comes free.</source>
      <translation>The board decided on %1 to admit despite the conflicts (“%2”). The decision is kept with the application and applies when a seat comes free.</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts (“%2”). The decision is kept with the application and applies: no new decision is needed.</source>
      <translation>The board decided on %1 to admit despite the conflicts (“%2”). The decision is kept with the application and applies: no new decision is needed.</translation>
    </message>
    <message>
      <source>now also sells: %1</source>
      <translation>now also sells: %1</translation>
    </message>
    <message>
      <source>no longer sells: %1</source>
      <translation>no longer sells: %1</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts, but the sales profile has changed since (%2). The board must decide again.</source>
      <translation>The board decided on %1 to admit despite the conflicts, but the sales profile has changed since (%2). The board must decide again.</translation>
    </message>
    <message>
      <source>The board decided on %1 to admit despite the conflicts, but the check now also finds conflicts with %2, which the decision does not cover. The board must decide again.</source>
      <translation>The board decided on %1 to admit despite the conflicts, but the check now also finds conflicts with %2, which the decision does not cover. The board must decide again.</translation>
    </message>
    <message>
      <source>Required: the check found conflicts.</source>
      <translation>Required: the check found conflicts.</translation>
    </message>
    <message>
      <source>Required: say why the office admits it without a check.</source>
      <translation>Required: say why the office admits it without a check.</translation>
    </message>
    <message>
      <source>%1 is a member from %2. Members now: %3 / %4.</source>
      <translation>%1 is a member from %2. Members now: %3 / %4.</translation>
    </message>
    <message>
      <source>The board decision is recorded with the admission.</source>
      <translation>The board decision is recorded with the admission.</translation>
    </message>
    <message>
      <source>The network is full: %1 is on the waiting list at position %2.</source>
      <translation>The network is full: %1 is on the waiting list at position %2.</translation>
    </message>
    <message>
      <source>The board decision is kept with the application and applies when a seat comes free.</source>
      <translation>The board decision is kept with the application and applies when a seat comes free.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>New framework agreement</source>
      <translation>New framework agreement</translation>
    </message>
    <message>
      <source>Edit agreement</source>
      <translation>Edit agreement</translation>
    </message>
    <message>
      <source>e.g. RV-2026-03</source>
      <translation>e.g. RV-2026-03</translation>
    </message>
    <message>
      <source>months</source>
      <translation>months</translation>
    </message>
    <message>
      <source>renews automatically by</source>
      <translation>renews automatically by</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Unit price (€)</source>
      <translation>Unit price (€)</translation>
    </message>
    <message>
      <source>Price valid until</source>
      <translation>Price valid until</translation>
    </message>
    <message>
      <source>Price adjustment</source>
      <translation>Price adjustment</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>Add item</translation>
    </message>
    <message>
      <source>Remove item</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <source>&amp;Reference</source>
      <translation>&amp;Reference</translation>
    </message>
    <message>
      <source>&amp;Supplier</source>
      <translation>&amp;Supplier</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Category</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>End of term</source>
      <translation>End of term</translation>
    </message>
    <message>
      <source>Notice period</source>
      <translation>Notice period</translation>
    </message>
    <message>
      <source>Renewal</source>
      <translation>Renewal</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Terms</translation>
    </message>
    <message>
      <source>Items and agreed prices</source>
      <translation>Items and agreed prices</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>not a number</translation>
    </message>
    <message>
      <source>not a date such as 31.12.2026</source>
      <translation>not a date such as 31.12.2026</translation>
    </message>
    <message>
      <source>Check the marked cells: %1</source>
      <translation>Check the marked cells: %1</translation>
    </message>
  </context>
  <context>
    <name>AgreementItemModel</name>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>Price valid until</source>
      <translation>Price valid until</translation>
    </message>
    <message>
      <source>Price adjustment</source>
      <translation>Price adjustment</translation>
    </message>
  </context>
  <context>
    <name>AgreementLabels</name>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation>Terminated</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1 month</translation>
    </message>
    <message>
      <source>%1 months</source>
      <translation>%1 months</translation>
    </message>
  </context>
  <context>
    <name>AgreementListModel</name>
    <message>
      <source>Agreement</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Term ends</source>
      <translation>Term ends</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Notice by</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
  </context>
  <context>
    <name>AgreementModel</name>
    <message>
      <source>Framework agreement</source>
      <translation>Framework agreement</translation>
    </message>
    <message>
      <source>From tender</source>
      <translation>From tender</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Created</translation>
    </message>
  </context>
  <context>
    <name>AgreementView</name>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Activate…</source>
      <translation>Activate…</translation>
    </message>
    <message>
      <source>Terminate…</source>
      <translation>Terminate…</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <extracomment>the printed summary (and the participants' workbook for the supplier)</extracomment>
      <translation>Print summary…</translation>
    </message>
    <message>
      <source>The agreement's summary for the board as a PDF, opened for printing</source>
      <translation>The agreement's summary for the board as a PDF, opened for printing</translation>
    </message>
    <message>
      <source>Participants for the supplier…</source>
      <translation>Participants for the supplier…</translation>
    </message>
    <message>
      <source>A workbook for the supplier: participants that agreed to be named, the others only as a pooled total</source>
      <translation>A workbook for the supplier: participants that agreed to be named, the others only as a pooled total</translation>
    </message>
    <message>
      <source>Items and agreed prices</source>
      <translation>Items and agreed prices</translation>
    </message>
    <message>
      <source>Opt in…</source>
      <translation>Opt in…</translation>
    </message>
    <message>
      <source>Volumes…</source>
      <translation>Volumes…</translation>
    </message>
    <message>
      <source>Named to supplier: yes/no</source>
      <translation>Named to supplier: yes/no</translation>
    </message>
    <message>
      <source>Opt out…</source>
      <translation>Opt out…</translation>
    </message>
    <message>
      <source>Add document…</source>
      <translation>Add document…</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>Save a copy…</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>Remove document</translation>
    </message>
    <message>
      <source>Documents are stored in the database with their checksum (so a backup contains them), at most %1 MB each.</source>
      <translation>Documents are stored in the database with their checksum (so a backup contains them), at most %1 MB each.</translation>
    </message>
    <message>
      <source>Data and terms</source>
      <translation>Data and terms</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Choose an agreement on the left.</source>
      <translation>Choose an agreement on the left.</translation>
    </message>
    <message>
      <source>%1 taking part now: %2 members, %3 customers; %4 left.</source>
      <translation>%1 taking part now: %2 members, %3 customers; %4 left.</translation>
    </message>
    <message>
      <source>Only your organisation's participation is shown here.</source>
      <translation>Only your organisation's participation is shown here.</translation>
    </message>
    <message>
      <source>automatically by %1</source>
      <translation>automatically by %1</translation>
    </message>
    <message>
      <source>none: the agreement ends</source>
      <translation>none: the agreement ends</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>Validity</source>
      <translation>Validity</translation>
    </message>
    <message>
      <source>Notice period</source>
      <translation>Notice period</translation>
    </message>
    <message>
      <source>Renewal</source>
      <translation>Renewal</translation>
    </message>
    <message>
      <source>Current term ends</source>
      <translation>Current term ends</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Notice by</translation>
    </message>
    <message>
      <source>Terminated on</source>
      <translation>Terminated on</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Origin</translation>
    </message>
    <message>
      <source>award of a tender</source>
      <translation>award of a tender</translation>
    </message>
    <message>
      <source>entered by hand</source>
      <translation>entered by hand</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Terms</translation>
    </message>
    <message>
      <source>Activate %1, valid from %2 to %3? Participants can then join it.</source>
      <translation>Activate %1, valid from %2 to %3? Participants can then join it.</translation>
    </message>
    <message>
      <source>Activate agreement</source>
      <translation>Activate agreement</translation>
    </message>
    <message>
      <source>Terminate %1</source>
      <translation>Terminate %1</translation>
    </message>
    <message>
      <source>The agreement ends on this day; its participants' participations end with it.</source>
      <translation>The agreement ends on this day; its participants' participations end with it.</translation>
    </message>
    <message>
      <source>Notice given by the network</source>
      <translation>Notice given by the network</translation>
    </message>
    <message>
      <source>Notice given by the supplier</source>
      <translation>Notice given by the supplier</translation>
    </message>
    <message>
      <source>Supplier insolvent</source>
      <translation>Supplier insolvent</translation>
    </message>
    <message>
      <source>Replaced by a new agreement</source>
      <translation>Replaced by a new agreement</translation>
    </message>
    <message>
      <source>%1 leaves %2</source>
      <translation>%1 leaves %2</translation>
    </message>
    <message>
      <source>The participation ends on this day; its volumes count until then.</source>
      <translation>The participation ends on this day; its volumes count until then.</translation>
    </message>
    <message>
      <source>Own contract elsewhere</source>
      <translation>Own contract elsewhere</translation>
    </message>
    <message>
      <source>Site closed or sold</source>
      <translation>Site closed or sold</translation>
    </message>
    <message>
      <source>No longer needed</source>
      <translation>No longer needed</translation>
    </message>
    <message>
      <source>Add document</source>
      <translation>Add document</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Save a copy</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Written to %1</translation>
    </message>
    <message>
      <source>Remove %1 from the agreement? It is then gone from the database.</source>
      <translation>Remove %1 from the agreement? It is then gone from the database.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsArea</name>
    <message>
      <source>all states</source>
      <translation>all states</translation>
    </message>
    <message>
      <source>ends within</source>
      <translation>ends within</translation>
    </message>
    <message>
      <source>days</source>
      <translation>days</translation>
    </message>
    <message>
      <source>notice deadline within</source>
      <translation>notice deadline within</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>New agreement…</source>
      <translation>New agreement…</translation>
    </message>
    <message>
      <source>Enter an agreement by hand, e.g. one from before NIRO Desk; awards create theirs as drafts.</source>
      <translation>Enter an agreement by hand, e.g. one from before NIRO Desk; awards create theirs as drafts.</translation>
    </message>
    <message>
      <source>Update states</source>
      <translation>Update states</translation>
    </message>
    <message>
      <source>Agreements without renewal whose end has passed become expired.</source>
      <translation>Agreements without renewal whose end has passed become expired.</translation>
    </message>
    <message>
      <source>all categories</source>
      <translation>all categories</translation>
    </message>
    <message>
      <source>all suppliers</source>
      <translation>all suppliers</translation>
    </message>
    <message>
      <source>%1 agreements</source>
      <translation>%1 agreements</translation>
    </message>
    <message>
      <source>Expired, their end has passed: %1</source>
      <translation>Expired, their end has passed: %1</translation>
    </message>
    <message>
      <source>No agreement has passed its end.</source>
      <translation>No agreement has passed its end.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsExport</name>
    <message>
      <source>Participants for the supplier</source>
      <translation>Participants for the supplier</translation>
    </message>
    <message>
      <source>Participants %1</source>
      <translation>Participants %1</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>German</source>
      <translation>German</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>The workbook for the supplier was saved to %1 (in %2). It names %3 participant(s) who agreed to be named; the others are only included in pooled totals.</source>
      <translation>The workbook for the supplier was saved to %1 (in %2). It names %3 participant(s) who agreed to be named; the others are only included in pooled totals.</translation>
    </message>
  </context>
  <context>
    <name>AuditArea</name>
    <message>
      <source>Members</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Requirements</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Tenders</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
  </context>
  <context>
    <name>AuditEntriesModel</name>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
  </context>
  <context>
    <name>AuditLogDialog</name>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>All areas</source>
      <translation>All areas</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>All records</translation>
    </message>
    <message>
      <source>id</source>
      <translation>id</translation>
    </message>
    <message>
      <source>words in the summary</source>
      <translation>words in the summary</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <source>&amp;Until:</source>
      <translation>&amp;Until:</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <source>Area:</source>
      <translation>Area:</translation>
    </message>
    <message>
      <source>Record:</source>
      <translation>Record:</translation>
    </message>
    <message>
      <source>Words:</source>
      <translation>Words:</translation>
    </message>
    <message>
      <source>Select an entry to see its change side by side.</source>
      <translation>Select an entry to see its change side by side.</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
      <source>Entries: %1</source>
      <translation>Entries: %1</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Export the audit log</translation>
    </message>
    <message>
      <source>audit-log</source>
      <translation>audit-log</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Sign-in name</source>
      <translation>Sign-in name</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>Exporting the audit log…</source>
      <translation>Exporting the audit log…</translation>
    </message>
    <message>
      <source>%1 entries written to %2</source>
      <translation>%1 entries written to %2</translation>
    </message>
  </context>
  <context>
    <name>AwardDialog</name>
    <message>
      <source>Award</source>
      <translation>Award</translation>
    </message>
    <message>
      <source>Give each lot to one supplier (100 %) or split it; the shares of a lot add up to 100 %. The award creates a draft framework agreement per supplier.</source>
      <translation>Give each lot to one supplier (100 %) or split it; the shares of a lot add up to 100 %. The award creates a draft framework agreement per supplier.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>BallotModel</name>
    <message>
      <source>Head</source>
      <translation>Head</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Ranking (most important first)</source>
      <translation>Ranking (most important first)</translation>
    </message>
    <message>
      <source>not ranked</source>
      <translation>not ranked</translation>
    </message>
  </context>
  <context>
    <name>BidDialog</name>
    <message>
      <source>Enter a sealed bid — round %1</source>
      <translation>Enter a sealed bid — round %1</translation>
    </message>
    <message>
      <source>The prices are encrypted as soon as you save and are not shown again until the round is opened with the passphrase after the deadline (%1).</source>
      <translation>The prices are encrypted as soon as you save and are not shown again until the round is opened with the passphrase after the deadline (%1).</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>Received (Berlin time)</source>
      <translation>Received (Berlin time)</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Conditions</translation>
    </message>
    <message>
      <source>Lot %1: %2</source>
      <translation>Lot %1: %2</translation>
    </message>
    <message>
      <source>€ per %1</source>
      <translation>€ per %1</translation>
    </message>
    <message>
      <source>Seal and save</source>
      <translation>Seal and save</translation>
    </message>
    <message>
      <source>Sealed: %1, lots %2, valid until %3, received %4.</source>
      <translation>Sealed: %1, lots %2, valid until %3, received %4.</translation>
    </message>
    <message>
      <source>It came after the deadline: late, excluded unless admitted.</source>
      <translation>It came after the deadline: late, excluded unless admitted.</translation>
    </message>
  </context>
  <context>
    <name>BidFilesModel</name>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>Lots covered</source>
      <translation>Lots covered</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Received (Berlin time)</source>
      <translation>Received (Berlin time)</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Refused: %1</translation>
    </message>
    <message>
      <source>%1 problem(s): nothing will be imported</source>
      <translation>%1 problem(s): nothing will be imported</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Skipped: %1</translation>
    </message>
    <message>
      <source>Bid entered (sealed)</source>
      <translation>Bid entered (sealed)</translation>
    </message>
    <message>
      <source>Ready to import</source>
      <translation>Ready to import</translation>
    </message>
    <message>
      <source>late</source>
      <translation>late</translation>
    </message>
  </context>
  <context>
    <name>BidImportDialog</name>
    <message>
      <source>Import bids: %1</source>
      <translation>Import bids: %1</translation>
    </message>
    <message>
      <source>Add &amp;files…</source>
      <translation>Add &amp;files…</translation>
    </message>
    <message>
      <source>Add f&amp;older…</source>
      <translation>Add f&amp;older…</translation>
    </message>
    <message>
      <source>&amp;Remove from list</source>
      <translation>&amp;Remove from list</translation>
    </message>
    <message>
      <source>Add the bid workbooks the suppliers sent back (or drop them here). NIRO Desk checks every file first and shows supplier, lots covered, validity and the time received, never a price: the bids stay sealed until the opening. Nothing is entered before you press Import, and nothing at all while a file is refused.</source>
      <translation>Add the bid workbooks the suppliers sent back (or drop them here). NIRO Desk checks every file first and shows supplier, lots covered, validity and the time received, never a price: the bids stay sealed until the opening. Nothing is entered before you press Import, and nothing at all while a file is refused.</translation>
    </message>
    <message>
      <source>Bid workbooks</source>
      <translation>Bid workbooks</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>Returned bid workbooks</source>
      <translation>Returned bid workbooks</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>Folder with returned bid workbooks</source>
      <translation>Folder with returned bid workbooks</translation>
    </message>
    <message>
      <source>Checking the bid workbooks…</source>
      <translation>Checking the bid workbooks…</translation>
    </message>
    <message>
      <source>Cancelled: nothing was checked or imported.</source>
      <translation>Cancelled: nothing was checked or imported.</translation>
    </message>
    <message>
      <source>No workbooks found there.</source>
      <translation>No workbooks found there.</translation>
    </message>
    <message>
      <source>%1 file(s) refused or with problems: nothing can be imported until you remove them from the list (or replace them). %2 bid(s) would be ready.</source>
      <translation>%1 file(s) refused or with problems: nothing can be imported until you remove them from the list (or replace them). %2 bid(s) would be ready.</translation>
    </message>
    <message>
      <source>%1 bid(s) ready to import (%2 late), %3 skipped.</source>
      <translation>%1 bid(s) ready to import (%2 late), %3 skipped.</translation>
    </message>
    <message>
      <source>&amp;Import %1 bid(s)</source>
      <translation>&amp;Import %1 bid(s)</translation>
    </message>
    <message>
      <source>The bid workbooks could not be checked.</source>
      <translation>The bid workbooks could not be checked.</translation>
    </message>
    <message>
      <source>%1 bid(s) entered and sealed; they stay sealed until the round is opened.</source>
      <translation>%1 bid(s) entered and sealed; they stay sealed until the round is opened.</translation>
    </message>
  </context>
  <context>
    <name>BordaModel</name>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Borda points</source>
      <translation>Borda points</translation>
    </message>
    <message>
      <source>First places</source>
      <translation>First places</translation>
    </message>
    <message>
      <source>Ranked by</source>
      <translation>Ranked by</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>to a collection next</source>
      <translation>to a collection next</translation>
    </message>
  </context>
  <context>
    <name>CapDialog</name>
    <message>
      <source>Membership cap</source>
      <translation>Membership cap</translation>
    </message>
    <message>
      <source>The network admits at most this many members (customers and applicants do not count). When it is full, applicants wait on the waiting list. Now: %1 members, %2 waiting.</source>
      <translation>The network admits at most this many members (customers and applicants do not count). When it is full, applicants wait on the waiting list. Now: %1 members, %2 waiting.</translation>
    </message>
    <message>
      <source>&amp;Cap:</source>
      <translation>&amp;Cap:</translation>
    </message>
    <message>
      <source>There are more members than that already: nobody is excluded, but nobody new is admitted until members leave.</source>
      <translation>There are more members than that already: nobody is excluded, but nobody new is admitted until members leave.</translation>
    </message>
  </context>
  <context>
    <name>CategoriesTab</name>
    <message>
      <source>New category…</source>
      <translation>New category…</translation>
    </message>
    <message>
      <source>New subcategory…</source>
      <translation>New subcategory…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>New item…</source>
      <translation>New item…</translation>
    </message>
    <message>
      <source>Edit item…</source>
      <translation>Edit item…</translation>
    </message>
    <message>
      <source>Categories</source>
      <translation>Categories</translation>
    </message>
    <message>
      <source>Each item is bought in one unit. Volumes typed in another unit of the same kind are converted exactly (kWh ↔ MWh, kg ↔ t, l ↔ m³).</source>
      <translation>Each item is bought in one unit. Volumes typed in another unit of the same kind are converted exactly (kWh ↔ MWh, kg ↔ t, l ↔ m³).</translation>
    </message>
    <message>
      <source>Create a category first.</source>
      <translation>Create a category first.</translation>
    </message>
    <message>
      <source>Items of %1</source>
      <translation>Items of %1</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>New category</source>
      <translation>New category</translation>
    </message>
    <message>
      <source>Rename category</source>
      <translation>Rename category</translation>
    </message>
    <message>
      <source>Delete category</source>
      <translation>Delete category</translation>
    </message>
    <message>
      <source>Delete the empty category?</source>
      <translation>Delete the empty category?</translation>
    </message>
  </context>
  <context>
    <name>CertificateModel</name>
    <message>
      <source>Certificate</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Before</translation>
    </message>
    <message>
      <source>After</source>
      <translation>After</translation>
    </message>
  </context>
  <context>
    <name>CheckList</name>
    <message>
      <source>Filter…</source>
      <translation>Filter…</translation>
    </message>
  </context>
  <context>
    <name>CheckReport</name>
    <message>
      <source>Compared with %1 members and waiting applicants.</source>
      <translation>Compared with %1 members and waiting applicants.</translation>
    </message>
    <message>
      <source>Conflicts with %1 organisation(s)</source>
      <translation>Conflicts with %1 organisation(s)</translation>
    </message>
    <message>
      <source>1 organisation</source>
      <translation>1 organisation</translation>
    </message>
    <message>
      <source>%1 organisations</source>
      <translation>%1 organisations</translation>
    </message>
    <message>
      <source>These organisations sell the same things in the same market. Admission needs a recorded board decision.</source>
      <translation>These organisations sell the same things in the same market. Admission needs a recorded board decision.</translation>
    </message>
    <message>
      <source>The check cannot judge</source>
      <translation>The check cannot judge</translation>
    </message>
    <message>
      <source>Record its industry classes or product markets, or admit it without a check; that is recorded in the audit log.</source>
      <translation>Record its industry classes or product markets, or admit it without a check; that is recorded in the audit log.</translation>
    </message>
    <message>
      <source>Nobody in the network sells the same things in the same market.</source>
      <translation>Nobody in the network sells the same things in the same market.</translation>
    </message>
    <message>
      <source>Supplier and customer: not a conflict</source>
      <translation>Supplier and customer: not a conflict</translation>
    </message>
    <message>
      <source>Shared inputs never make two companies competitors; what counts is what they sell. Unfold a line to see who.</source>
      <translation>Shared inputs never make two companies competitors; what counts is what they sell. Unfold a line to see who.</translation>
    </message>
    <message>
      <source>No conflicts</source>
      <translation>No conflicts</translation>
    </message>
    <message>
      <source>Cleared by the office</source>
      <translation>Cleared by the office</translation>
    </message>
    <message>
      <source>Not compared, because nothing is recorded about what they sell: %1.</source>
      <translation>Not compared, because nothing is recorded about what they sell: %1.</translation>
    </message>
    <message>
      <source>Shared inputs only: not a conflict</source>
      <translation>Shared inputs only: not a conflict</translation>
    </message>
  </context>
  <context>
    <name>CheckedFilesPanel</name>
    <message>
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>Problems in %1 (%2)</source>
      <translation>Problems in %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Backup of the old version: {path}</source>
      <translation>Backup of the old version: {path}</translation>
    </message>
    <message>
      <source>Workbook for {name}: {path}</source>
      <translation>Workbook for {name}: {path}</translation>
    </message>
    <message>
      <source>  e-mail draft to {to}: {path}</source>
      <translation>  e-mail draft to {to}: {path}</translation>
    </message>
    <message>
      <source>No e-mail address for {name}: send its workbook yourself.</source>
      <translation>No e-mail address for {name}: send its workbook yourself.</translation>
    </message>
    <message>
      <source>{count} workbook(s), {drafts} e-mail draft(s) in {folder}</source>
      <translation>{count} workbook(s), {drafts} e-mail draft(s) in {folder}</translation>
    </message>
    <message>
      <source>{count} workbook(s) in {folder}</source>
      <translation>{count} workbook(s) in {folder}</translation>
    </message>
    <message>
      <source>No workbooks found.</source>
      <translation>No workbooks found.</translation>
    </message>
    <message>
      <source>{file}: REFUSED: {reason}</source>
      <translation>{file}: REFUSED: {reason}</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} problem(s), nothing saved:</source>
      <translation>{file} ({name}): {count} problem(s), nothing saved:</translation>
    </message>
    <message>
      <source>{file}: skipped</source>
      <translation>{file}: skipped</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} line(s) saved</source>
      <translation>{file} ({name}): {count} line(s) saved</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} line(s), OK</source>
      <translation>{file} ({name}): {count} line(s), OK</translation>
    </message>
    <message>
      <source>{saved} saved, {skipped} skipped, {rejected} refused.</source>
      <translation>{saved} saved, {skipped} skipped, {rejected} refused.</translation>
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
      <source>Database roles set up with the prefix {prefix}.</source>
      <translation>Database roles set up with the prefix {prefix}.</translation>
    </message>
    <message>
      <source>Group role created: {name}</source>
      <translation>Group role created: {name}</translation>
    </message>
    <message>
      <source>Privileges granted on {tables} tables; {policies} row-level policies.</source>
      <translation>Privileges granted on {tables} tables; {policies} row-level policies.</translation>
    </message>
    <message>
      <source>Login role created (no password yet): {login}</source>
      <translation>Login role created (no password yet): {login}</translation>
    </message>
    <message>
      <source>Login role updated: {login}</source>
      <translation>Login role updated: {login}</translation>
    </message>
    <message>
      <source>Skipped {login}: {reason}</source>
      <translation>Skipped {login}: {reason}</translation>
    </message>
    <message>
      <source>An administrator sets each account's password in NIRO Desk before it can connect.</source>
      <translation>An administrator sets each account's password in NIRO Desk before it can connect.</translation>
    </message>
    <message>
      <source>Backup verified: {path}</source>
      <translation>Backup verified: {path}</translation>
    </message>
    <message>
      <source>now in the database</source>
      <translation>now in the database</translation>
    </message>
    <message>
      <source>in the backup</source>
      <translation>in the backup</translation>
    </message>
    <message>
      <source>Replace the data of {database} with this backup? A safety copy of the current data is written first. [y/N] </source>
      <translation>Replace the data of {database} with this backup? A safety copy of the current data is written first. [y/N] </translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Nothing was changed.</translation>
    </message>
    <message>
      <source>Safety copy of the replaced data: {path}</source>
      <translation>Safety copy of the replaced data: {path}</translation>
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
      <source>Demo network written: {current_members} members, {waiting} on the waiting list, {applicants} applicants, {former} former members, {customers} customers, {suppliers} suppliers, {contacts} contacts.</source>
      <translation>Demo network written: {current_members} members, {waiting} on the waiting list, {applicants} applicants, {former} former members, {customers} customers, {suppliers} suppliers, {contacts} contacts.</translation>
    </message>
    <message>
      <source>new</source>
      <translation>new</translation>
    </message>
    <message>
      <source>update</source>
      <translation>update</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <source>{sheet}, row {row}: {action:&lt;10} {name} ({details})</source>
      <translation>{sheet}, row {row}: {action:&lt;10} {name} ({details})</translation>
    </message>
    <message>
      <source>{sheet}, row {row}: {action:&lt;10} {name}</source>
      <translation>{sheet}, row {row}: {action:&lt;10} {name}</translation>
    </message>
    <message>
      <source>Nothing to do: the workbook matches NIRO Desk.</source>
      <translation>Nothing to do: the workbook matches NIRO Desk.</translation>
    </message>
    <message>
      <source>{new} new, {update} to update, {unchanged} unchanged.</source>
      <translation>{new} new, {update} to update, {unchanged} unchanged.</translation>
    </message>
    <message>
      <source>{count} rows imported.</source>
      <translation>{count} rows imported.</translation>
    </message>
    <message>
      <source>Warnings (they do not stop the import; the office decides):</source>
      <translation>Warnings (they do not stop the import; the office decides):</translation>
    </message>
    <message>
      <source>{count} members written to {path}</source>
      <translation>{count} members written to {path}</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>interrupted</translation>
    </message>
    <message>
      <source>Cannot use {path}: {reason}</source>
      <translation>Cannot use {path}: {reason}</translation>
    </message>
    <message>
      <source>Unexpected error ({error}). The details are in {log}.</source>
      <translation>Unexpected error ({error}). The details are in {log}.</translation>
    </message>
    <message>
      <source>Unexpected error ({error}). Run again with -v for details.</source>
      <translation>Unexpected error ({error}). Run again with -v for details.</translation>
    </message>
    <message>
      <source>Who is present? One name per line, an empty line ends:</source>
      <translation>Who is present? One name per line, an empty line ends:</translation>
    </message>
    <message>
      <source>{count} invitation workbook(s) in {folder}</source>
      <translation>{count} invitation workbook(s) in {folder}</translation>
    </message>
    <message>
      <source>{count} invitation workbook(s), {drafts} e-mail draft(s) in {folder}</source>
      <translation>{count} invitation workbook(s), {drafts} e-mail draft(s) in {folder}</translation>
    </message>
    <message>
      <source>{file} ({name}): {count} problem(s):</source>
      <translation>{file} ({name}): {count} problem(s):</translation>
    </message>
    <message>
      <source>{file} ({name}): bid entered, lots {lots}, valid until {valid}, received {received}{late}</source>
      <translation>{file} ({name}): bid entered, lots {lots}, valid until {valid}, received {received}{late}</translation>
    </message>
    <message>
      <source>{file} ({name}): OK, lots {lots}, valid until {valid}, received {received}{late}</source>
      <translation>{file} ({name}): OK, lots {lots}, valid until {valid}, received {received}{late}</translation>
    </message>
    <message>
      <source> (LATE)</source>
      <translation> (LATE)</translation>
    </message>
    <message>
      <source>{saved} bid(s) entered, {skipped} skipped, {rejected} refused.</source>
      <translation>{saved} bid(s) entered, {skipped} skipped, {rejected} refused.</translation>
    </message>
    <message>
      <source>Nothing was imported: remove or replace the refused files and run again.</source>
      <translation>Nothing was imported: remove or replace the refused files and run again.</translation>
    </message>
    <message>
      <source>Evaluation written to {path}</source>
      <translation>Evaluation written to {path}</translation>
    </message>
    <message>
      <source>Opening protocol written to {path}</source>
      <translation>Opening protocol written to {path}</translation>
    </message>
    <message>
      <source>Opening passphrase: </source>
      <translation>Opening passphrase: </translation>
    </message>
    <message>
      <source>The passphrase does not open round {number} of {title}. Nothing was opened; the attempt is recorded.</source>
      <translation>The passphrase does not open round {number} of {title}. Nothing was opened; the attempt is recorded.</translation>
    </message>
    <message>
      <source>Round {number} of {title} opened: {bids} bids, {late} late bids excluded.</source>
      <translation>Round {number} of {title} opened: {bids} bids, {late} late bids excluded.</translation>
    </message>
    <message>
      <source>Opening passphrase of the sealed demo tender “{title}”: {passphrase}</source>
      <extracomment>supplier category words in demo.members → category names of the tree (supplier name start, standard, days from today until expiry)</extracomment>
      <translation>Opening passphrase of the sealed demo tender “{title}”: {passphrase}</translation>
    </message>
    <message>
      <source>Agreement summary written to {path}</source>
      <translation>Agreement summary written to {path}</translation>
    </message>
    <message>
      <source>Statement written to {path}</source>
      <translation>Statement written to {path}</translation>
    </message>
    <message>
      <source>{count} statement(s) for {year} in {folder}</source>
      <translation>{count} statement(s) for {year} in {folder}</translation>
    </message>
    <message>
      <source>Participants written to {path} ({named} named; language of the supplier: {lang})</source>
      <translation>Participants written to {path} ({named} named; language of the supplier: {lang})</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>New password for {name}: </translation>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>The same password again: </translation>
    </message>
    <message>
      <source>the two passwords differ; nothing was changed</source>
      <translation>the two passwords differ; nothing was changed</translation>
    </message>
    <message>
      <source>Password of {name}: </source>
      <translation>Password of {name}: </translation>
    </message>
    <message>
      <source>Account {name} added ({roles}).</source>
      <translation>Account {name} added ({roles}).</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>deactivated</translation>
    </message>
    <message>
      <source>no password</source>
      <translation>no password</translation>
    </message>
    <message>
      <source>Password of {name} reset.</source>
      <translation>Password of {name} reset.</translation>
    </message>
    <message>
      <source>Accounts are on: NIRO Desk asks everyone to sign in.</source>
      <translation>Accounts are on: NIRO Desk asks everyone to sign in.</translation>
    </message>
    <message>
      <source>Accounts are off: NIRO Desk acts as the OS user.</source>
      <translation>Accounts are off: NIRO Desk acts as the OS user.</translation>
    </message>
  </context>
  <context>
    <name>CollectionDialog</name>
    <message>
      <source>New requirement collection</source>
      <translation>New requirement collection</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>Collection</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>All members</source>
      <translation>All members</translation>
    </message>
    <message>
      <source>All customers</source>
      <translation>All customers</translation>
    </message>
    <message>
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Category:</translation>
    </message>
    <message>
      <source>Supply &amp;period:</source>
      <translation>Supply &amp;period:</translation>
    </message>
    <message>
      <source>&amp;Deadline:</source>
      <translation>&amp;Deadline:</translation>
    </message>
    <message>
      <source>Decided in &amp;round:</source>
      <translation>Decided in &amp;round:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes:</translation>
    </message>
    <message>
      <source>Items asked for</source>
      <translation>Items asked for</translation>
    </message>
    <message>
      <source>Invited participants (members and customers)</source>
      <translation>Invited participants (members and customers)</translation>
    </message>
    <message>
      <source>Create a category with items first.</source>
      <translation>Create a category with items first.</translation>
    </message>
    <message>
      <source>Choose at least one item.</source>
      <translation>Choose at least one item.</translation>
    </message>
    <message>
      <source>taken out by the office</source>
      <translation>taken out by the office</translation>
    </message>
  </context>
  <context>
    <name>CollectionListModel</name>
    <message>
      <source>Collection</source>
      <translation>Collection</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
  </context>
  <context>
    <name>CollectionView</name>
    <message>
      <source>Edit / invite…</source>
      <translation>Edit / invite…</translation>
    </message>
    <message>
      <source>Open collection</source>
      <translation>Open collection</translation>
    </message>
    <message>
      <source>Close collection</source>
      <translation>Close collection</translation>
    </message>
    <message>
      <source>Enter requirements…</source>
      <translation>Enter requirements…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>History…</translation>
    </message>
    <message>
      <source>Not answered yet…</source>
      <translation>Not answered yet…</translation>
    </message>
    <message>
      <source>Write workbooks…</source>
      <translation>Write workbooks…</translation>
    </message>
    <message>
      <source>Prepare e-mails…</source>
      <translation>Prepare e-mails…</translation>
    </message>
    <message>
      <source>Import returned workbooks…</source>
      <translation>Import returned workbooks…</translation>
    </message>
    <message>
      <source>You can also drop workbooks on this view.</source>
      <translation>You can also drop workbooks on this view.</translation>
    </message>
    <message>
      <source>Pooled volume per item by region (each bar is the item's total)</source>
      <translation>Pooled volume per item by region (each bar is the item's total)</translation>
    </message>
    <message>
      <source>Pooled demand</source>
      <translation>Pooled demand</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Choose a collection on the left, or create one.</source>
      <translation>Choose a collection on the left, or create one.</translation>
    </message>
    <message>
      <source>%1 · supply period %2 · deadline %3 · %4</source>
      <translation>%1 · supply period %2 · deadline %3 · %4</translation>
    </message>
    <message>
      <source>%1 of %2 invited participants have answered.</source>
      <translation>%1 of %2 invited participants have answered.</translation>
    </message>
    <message>
      <source>No requirements yet.</source>
      <translation>No requirements yet.</translation>
    </message>
    <message>
      <source>Close the collection? Afterwards no requirements can be entered or changed.</source>
      <translation>Close the collection? Afterwards no requirements can be entered or changed.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Choose a participant on the Participants tab first.</source>
      <translation>Choose a participant on the Participants tab first.</translation>
    </message>
  </context>
  <context>
    <name>CollectionsTab</name>
    <message>
      <source>New collection…</source>
      <translation>New collection…</translation>
    </message>
  </context>
  <context>
    <name>ComparisonModel</name>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>Total at pooled volume</source>
      <translation>Total at pooled volume</translation>
    </message>
    <message>
      <source>Change against previous round</source>
      <translation>Change against previous round</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Edit contact %1</source>
      <translation>Edit contact %1</translation>
    </message>
    <message>
      <source>New contact</source>
      <translation>New contact</translation>
    </message>
    <message>
      <source>e.g. Head of purchasing</source>
      <translation>e.g. Head of purchasing</translation>
    </message>
    <message>
      <source>Separated by commas, e.g. ISO 9001, CNC</source>
      <translation>Separated by commas, e.g. ISO 9001, CNC</translation>
    </message>
    <message>
      <source>&amp;First name:</source>
      <translation>&amp;First name:</translation>
    </message>
    <message>
      <source>&amp;Last name:</source>
      <translation>&amp;Last name:</translation>
    </message>
    <message>
      <source>F&amp;unction:</source>
      <translation>F&amp;unction:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Phone:</translation>
    </message>
    <message>
      <source>E&amp;xpertise:</source>
      <translation>E&amp;xpertise:</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>N&amp;otes:</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>First name</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Function</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Expertise</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>ContactModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Function</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Expertise</translation>
    </message>
  </context>
  <context>
    <name>ContactsTab</name>
    <message>
      <source>&amp;New contact…</source>
      <translation>&amp;New contact…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>E&amp;xport personal data…</source>
      <translation>E&amp;xport personal data…</translation>
    </message>
    <message>
      <source>Everything NIRO Desk holds about this person, as a JSON file (GDPR Art. 15)</source>
      <translation>Everything NIRO Desk holds about this person, as a JSON file (GDPR Art. 15)</translation>
    </message>
    <message>
      <source>E&amp;rase personal data…</source>
      <translation>E&amp;rase personal data…</translation>
    </message>
    <message>
      <source>Erase the person on request (GDPR Art. 17); the history keeps only its shape</source>
      <translation>Erase the person on request (GDPR Art. 17); the history keeps only its shape</translation>
    </message>
    <message>
      <source>Delete contact</source>
      <translation>Delete contact</translation>
    </message>
    <message>
      <source>Delete %1? The history keeps what was recorded about the person.</source>
      <translation>Delete %1? The history keeps what was recorded about the person.</translation>
    </message>
    <message>
      <source>Erase personal data</source>
      <translation>Erase personal data</translation>
    </message>
    <message>
      <source>Erase %1 for good? The contact is deleted and every history entry about the person is blanked out. This cannot be undone.</source>
      <translation>Erase %1 for good? The contact is deleted and every history entry about the person is blanked out. This cannot be undone.</translation>
    </message>
    <message>
      <source>personal-data-%1</source>
      <translation>personal-data-%1</translation>
    </message>
    <message>
      <source>Export personal data</source>
      <translation>Export personal data</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <source>The personal data of %1 is in %2.</source>
      <translation>The personal data of %1 is in %2.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpening</name>
    <message>
      <source>Opening the database…</source>
      <translation>Opening the database…</translation>
    </message>
  </context>
  <context>
    <name>DatabaseProblemDialog</name>
    <message>
      <source>%1 – the database cannot be opened</source>
      <translation>%1 – the database cannot be opened</translation>
    </message>
    <message>
      <source>&lt;b&gt;NIRO Desk cannot open its database.&lt;/b&gt;</source>
      <translation>&lt;b&gt;NIRO Desk cannot open its database.&lt;/b&gt;</translation>
    </message>
    <message>
      <source>The details are also written to %1.</source>
      <translation>The details are also written to %1.</translation>
    </message>
    <message>
      <source>Log file: %1</source>
      <translation>Log file: %1</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Try again</translation>
    </message>
    <message>
      <source>Choose another database…</source>
      <translation>Choose another database…</translation>
    </message>
    <message>
      <source>Open the demo</source>
      <translation>Open the demo</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>DecisionsDialog</name>
    <message>
      <source>Decisions of the round</source>
      <translation>Decisions of the round</translation>
    </message>
    <message>
      <source>%1. %2 (%3 points)</source>
      <translation>%1. %2 (%3 points)</translation>
    </message>
    <message>
      <source>Go to a requirement collection next</source>
      <translation>Go to a requirement collection next</translation>
    </message>
    <message>
      <source>Notes of the round:</source>
      <translation>Notes of the round:</translation>
    </message>
  </context>
  <context>
    <name>DirectoryModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>NACE classes</source>
      <translation>NACE classes</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Employees</translation>
    </message>
    <message>
      <source>Annual fee</source>
      <translation>Annual fee</translation>
    </message>
    <message>
      <source>Member since</source>
      <translation>Member since</translation>
    </message>
    <message>
      <source>Waiting since</source>
      <translation>Waiting since</translation>
    </message>
  </context>
  <context>
    <name>DocumentModel</name>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Added</translation>
    </message>
    <message>
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
  </context>
  <context>
    <name>EndDialog</name>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Day</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Reason</translation>
    </message>
  </context>
  <context>
    <name>ExpertModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Function</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Expertise</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>FeeDialog</name>
    <message>
      <source>New fee step for %1</source>
      <translation>New fee step for %1</translation>
    </message>
    <message>
      <source>Valid &amp;from:</source>
      <translation>Valid &amp;from:</translation>
    </message>
    <message>
      <source>&amp;Annual fee:</source>
      <translation>&amp;Annual fee:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>Enter an amount such as %1.</source>
      <translation>Enter an amount such as %1.</translation>
    </message>
  </context>
  <context>
    <name>FeeModel</name>
    <message>
      <source>Valid from</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <source>Annual fee</source>
      <translation>Annual fee</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>GlossaryDialog</name>
    <message>
      <source>Product glossary</source>
      <translation>Product glossary</translation>
    </message>
    <message>
      <source>The competitor check finds the same product under different names through this glossary: German and English terms, synonyms, and broader terms (“Kreiselpumpe” is a kind of “Pumpe”). When two names of one product do not meet, add a term here.</source>
      <translation>The competitor check finds the same product under different names through this glossary: German and English terms, synonyms, and broader terms (“Kreiselpumpe” is a kind of “Pumpe”). When two names of one product do not meet, add a term here.</translation>
    </message>
    <message>
      <source>Search German, English or synonyms…</source>
      <translation>Search German, English or synonyms…</translation>
    </message>
    <message>
      <source>&amp;Remove office term</source>
      <translation>&amp;Remove office term</translation>
    </message>
    <message>
      <source>Other names and spellings, comma between</source>
      <translation>Other names and spellings, comma between</translation>
    </message>
    <message>
      <source>German term of an existing entry (optional)</source>
      <translation>German term of an existing entry (optional)</translation>
    </message>
    <message>
      <source>&amp;Add term</source>
      <translation>&amp;Add term</translation>
    </message>
    <message>
      <source>&amp;German:</source>
      <translation>&amp;German:</translation>
    </message>
    <message>
      <source>&amp;English:</source>
      <translation>&amp;English:</translation>
    </message>
    <message>
      <source>S&amp;ynonyms:</source>
      <translation>S&amp;ynonyms:</translation>
    </message>
    <message>
      <source>&amp;Broader term:</source>
      <translation>&amp;Broader term:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <source>New office term</source>
      <translation>New office term</translation>
    </message>
    <message>
      <source>%1 terms shipped with NIRO Desk, %2 added by the office.</source>
      <translation>%1 terms shipped with NIRO Desk, %2 added by the office.</translation>
    </message>
    <message>
      <source>Remove office term</source>
      <translation>Remove office term</translation>
    </message>
    <message>
      <source>Remove “%1” from the glossary? The competitor check no longer uses it.</source>
      <translation>Remove “%1” from the glossary? The competitor check no longer uses it.</translation>
    </message>
  </context>
  <context>
    <name>GlossaryModel</name>
    <message>
      <source>German</source>
      <translation>German</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Synonyms</source>
      <translation>Synonyms</translation>
    </message>
    <message>
      <source>Broader term</source>
      <translation>Broader term</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Added by</source>
      <translation>Added by</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Material or input</source>
      <translation>Material or input</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <source>the office</source>
      <translation>the office</translation>
    </message>
    <message>
      <source>NIRO Desk</source>
      <translation>NIRO Desk</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Submissions of %1</source>
      <translation>Submissions of %1</translation>
    </message>
    <message>
      <source>A later submission replaces the earlier one; the earlier ones stay here. Only the current one counts in the pooled totals.</source>
      <translation>A later submission replaces the earlier one; the earlier ones stay here. Only the current one counts in the pooled totals.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import members from Excel</source>
      <translation>Import members from Excel</translation>
    </message>
    <message>
      <source>Choose an Excel workbook (.xlsx)</source>
      <translation>Choose an Excel workbook (.xlsx)</translation>
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation>&amp;Choose file…</translation>
    </message>
    <message>
      <source>NIRO Desk first shows what the import would do. Nothing is written before you press Import, and nothing at all if the workbook has problems.</source>
      <translation>NIRO Desk first shows what the import would do. Nothing is written before you press Import, and nothing at all if the workbook has problems.</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>Reading %1…</translation>
    </message>
    <message>
      <source>Reading the workbook…</source>
      <translation>Reading the workbook…</translation>
    </message>
    <message>
      <source>%1 problem(s) found: nothing can be imported until the workbook is corrected. Each problem names its sheet, row and column.</source>
      <translation>%1 problem(s) found: nothing can be imported until the workbook is corrected. Each problem names its sheet, row and column.</translation>
    </message>
    <message>
      <source>Nothing to do: all %1 rows match what NIRO Desk already holds.</source>
      <translation>Nothing to do: all %1 rows match what NIRO Desk already holds.</translation>
    </message>
    <message>
      <source>Ready to import: %1 new, %2 to update, %3 unchanged.</source>
      <translation>Ready to import: %1 new, %2 to update, %3 unchanged.</translation>
    </message>
    <message>
      <source>Changes in row %1 of sheet “%2”:</source>
      <translation>Changes in row %1 of sheet “%2”:</translation>
    </message>
    <message>
      <source>Imported: %1 new, %2 updated.</source>
      <translation>Imported: %1 new, %2 updated.</translation>
    </message>
    <message>
      <source>Problems (%1)</source>
      <translation>Problems (%1)</translation>
    </message>
    <message>
      <source>Importing members…</source>
      <translation>Importing members…</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Nothing was imported.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Update</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Unchanged</translation>
    </message>
  </context>
  <context>
    <name>ImportProblemsModel</name>
    <message>
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
  </context>
  <context>
    <name>ImportRowsModel</name>
    <message>
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <source>NACE classes</source>
      <translation>NACE classes</translation>
    </message>
    <message>
      <source>Changes (before → after)</source>
      <translation>Changes (before → after)</translation>
    </message>
  </context>
  <context>
    <name>IndustryClassModel</name>
    <message>
      <source>Class</source>
      <translation>Class</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
  </context>
  <context>
    <name>InvitationAction</name>
    <message>
      <source>%1 invitation workbook(s) and %2 e-mail draft(s) written to %3. Open each draft (.eml) in your e-mail program, check it and send it; NIRO Desk sends nothing.</source>
      <translation>%1 invitation workbook(s) and %2 e-mail draft(s) written to %3. Open each draft (.eml) in your e-mail program, check it and send it; NIRO Desk sends nothing.</translation>
    </message>
    <message>
      <source>No e-mail address for: %1. Send them their workbooks yourself.</source>
      <translation>No e-mail address for: %1. Send them their workbooks yourself.</translation>
    </message>
    <message>
      <source>Invitations (Excel)</source>
      <translation>Invitations (Excel)</translation>
    </message>
    <message>
      <source>Folder for the invitations</source>
      <translation>Folder for the invitations</translation>
    </message>
  </context>
  <context>
    <name>ItemDialog</name>
    <message>
      <source>New item</source>
      <translation>New item</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>In use (offered in new collections)</source>
      <translation>In use (offered in new collections)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description:</translation>
    </message>
  </context>
  <context>
    <name>ItemModel</name>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>In use</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>ItemTotalModel</name>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Pooled volume per year</source>
      <translation>Pooled volume per year</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <source>%1 leaves the network</source>
      <translation>%1 leaves the network</translation>
    </message>
    <message>
      <source>Notice given by the member</source>
      <translation>Notice given by the member</translation>
    </message>
    <message>
      <source>Company closed</source>
      <translation>Company closed</translation>
    </message>
    <message>
      <source>Insolvency</source>
      <translation>Insolvency</translation>
    </message>
    <message>
      <source>Merged or taken over</source>
      <translation>Merged or taken over</translation>
    </message>
    <message>
      <source>Excluded by the board</source>
      <translation>Excluded by the board</translation>
    </message>
    <message>
      <source>Exit</source>
      <translation>Exit</translation>
    </message>
    <message>
      <source>E&amp;xit date:</source>
      <translation>E&amp;xit date:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <source>A seat is free</source>
      <translation>A seat is free</translation>
    </message>
    <message>
      <source>Record exit</source>
      <translation>Record exit</translation>
    </message>
    <message>
      <source>%1 left the network on %2.</source>
      <translation>%1 left the network on %2.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Next on the waiting list: &lt;b&gt;%1&lt;/b&gt;, waiting since %2.</source>
      <translation>Next on the waiting list: &lt;b&gt;%1&lt;/b&gt;, waiting since %2.</translation>
    </message>
    <message>
      <source>Admit %1…</source>
      <translation>Admit %1…</translation>
    </message>
    <message>
      <source>It was taken out of these open requirement collections: %1.</source>
      <translation>It was taken out of these open requirement collections: %1.</translation>
    </message>
    <message>
      <source>Its participation in these framework agreements ended on the exit date: %1.</source>
      <translation>Its participation in these framework agreements ended on the exit date: %1.</translation>
    </message>
  </context>
  <context>
    <name>LetterheadDialog</name>
    <message>
      <source>Letterhead</source>
      <translation>Letterhead</translation>
    </message>
    <message>
      <source>The office as it appears on agreement summaries and member statements; the last two address lines also form the return address above the window.</source>
      <translation>The office as it appears on agreement summaries and member statements; the last two address lines also form the return address above the window.</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Phone:</translation>
    </message>
  </context>
  <context>
    <name>LineEditModel</name>
    <message>
      <source>Line %1, %2: %3</source>
      <translation>Line %1, %2: %3</translation>
    </message>
    <message>
      <source>not a date such as 31.12.2026</source>
      <translation>not a date such as 31.12.2026</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>not a number</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Volume per year</translation>
    </message>
    <message>
      <source>Delivery sites</source>
      <translation>Delivery sites</translation>
    </message>
    <message>
      <source>Today's supplier</source>
      <translation>Today's supplier</translation>
    </message>
    <message>
      <source>Today's unit price (€)</source>
      <translation>Today's unit price (€)</translation>
    </message>
    <message>
      <source>Contract ends</source>
      <translation>Contract ends</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Notice by</translation>
    </message>
  </context>
  <context>
    <name>LinesDialog</name>
    <message>
      <source>Requirements for %1</source>
      <translation>Requirements for %1</translation>
    </message>
    <message>
      <source>e.g. by telephone with Ms Krüger</source>
      <translation>e.g. by telephone with Ms Krüger</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>Add line</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>Remove line</translation>
    </message>
    <message>
      <source>One line per item and delivery site. Volumes per year in the item's unit, or with another unit typed after the number (1.200 kWh). Lines without a volume are left out; saving with no lines records that nothing is needed.</source>
      <translation>One line per item and delivery site. Volumes per year in the item's unit, or with another unit typed after the number (1.200 kWh). Lines without a volume are left out; saving with no lines records that nothing is needed.</translation>
    </message>
    <message>
      <source>&amp;Participant:</source>
      <translation>&amp;Participant:</translation>
    </message>
    <message>
      <source>N&amp;ote:</source>
      <translation>N&amp;ote:</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Line %1: %2</translation>
    </message>
  </context>
  <context>
    <name>LotItemModel</name>
    <message>
      <source>Lot</source>
      <translation>Lot</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Pooled volume per year</source>
      <translation>Pooled volume per year</translation>
    </message>
    <message>
      <source>Delivery regions</source>
      <translation>Delivery regions</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Demo network</source>
      <extracomment>the area that shows each kind of record the start page refers to (``RecordRef``) a record to show (a ``procurement.office_agenda.RecordRef``), after switching to its area</extracomment>
      <translation>Demo network</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>Requirements</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Tenders</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>Suppliers &amp; customers</source>
      <translation>Suppliers &amp; customers</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
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
      <source>&amp;Restore database…</source>
      <translation>&amp;Restore database…</translation>
    </message>
    <message>
      <source>Audit &amp;log…</source>
      <translation>Audit &amp;log…</translation>
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
      <source>&amp;Accounts…</source>
      <translation>&amp;Accounts…</translation>
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
      <source>niro-desk-backup</source>
      <translation>niro-desk-backup</translation>
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
    <message>
      <source>Restore database</source>
      <translation>Restore database</translation>
    </message>
    <message>
      <source>NIRO Desk backup (*.sqlite3);;All files (*)</source>
      <translation>NIRO Desk backup (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
      <source>Restoring the database…</source>
      <translation>Restoring the database…</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <source>Database restored from %1</source>
      <translation>Database restored from %1</translation>
    </message>
    <message>
      <source>Database restored</source>
      <translation>Database restored</translation>
    </message>
    <message>
      <source>The data was restored from %1.

The replaced data was saved first to:
%2</source>
      <translation>The data was restored from %1.

The replaced data was saved first to:
%2</translation>
    </message>
  </context>
  <context>
    <name>MemberLabels</name>
    <message>
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <source>Waiting list</source>
      <translation>Waiting list</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>Former member</source>
      <translation>Former member</translation>
    </message>
    <message>
      <source>Member organisation</source>
      <translation>Member organisation</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>competes</source>
      <translation>competes</translation>
    </message>
    <message>
      <source>does not compete</source>
      <translation>does not compete</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Sales &amp; usage</source>
      <translation>Sales &amp; usage</translation>
    </message>
    <message>
      <source>Membership</source>
      <translation>Membership</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Fee</translation>
    </message>
    <message>
      <source>Service fee</source>
      <translation>Service fee</translation>
    </message>
    <message>
      <source>Service fee removed</source>
      <translation>Service fee removed</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Admitted</translation>
    </message>
    <message>
      <source>Board decision</source>
      <translation>Board decision</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <source>Application closed</source>
      <translation>Application closed</translation>
    </message>
    <message>
      <source>Applied again</source>
      <translation>Applied again</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Relation removed</source>
      <translation>Relation removed</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
  </context>
  <context>
    <name>MembersArea</name>
    <message>
      <source>Ctrl+F</source>
      <translation>Ctrl+F</translation>
    </message>
    <message>
      <source>Search: name, city, NACE, product, contact, expertise</source>
      <translation>Search: name, city, NACE, product, contact, expertise</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Members, waiting list and applicants</source>
      <translation>Members, waiting list and applicants</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Waiting list</source>
      <translation>Waiting list</translation>
    </message>
    <message>
      <source>Applicants</source>
      <translation>Applicants</translation>
    </message>
    <message>
      <source>Former members</source>
      <translation>Former members</translation>
    </message>
    <message>
      <source>Suppliers and customers</source>
      <translation>Suppliers and customers</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <source>Suppliers</source>
      <translation>Suppliers</translation>
    </message>
    <message>
      <source>Kept by the office</source>
      <translation>Kept by the office</translation>
    </message>
    <message>
      <source>Your account sees only its own organisation here. The suppliers are listed under Tenders (Suppliers…) and in each agreement under Agreements.</source>
      <translation>Your account sees only its own organisation here. The suppliers are listed under Tenders (Suppliers…) and in each agreement under Agreements.</translation>
    </message>
    <message>
      <source>New member application…</source>
      <translation>New member application…</translation>
    </message>
    <message>
      <source>New customer…</source>
      <translation>New customer…</translation>
    </message>
    <message>
      <source>New supplier…</source>
      <translation>New supplier…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Admit…</source>
      <translation>Admit…</translation>
    </message>
    <message>
      <source>Leave…</source>
      <translation>Leave…</translation>
    </message>
    <message>
      <source>Waiting list…</source>
      <translation>Waiting list…</translation>
    </message>
    <message>
      <source>Who knows…?</source>
      <translation>Who knows…?</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>Import from Excel…</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>Membership cap…</source>
      <translation>Membership cap…</translation>
    </message>
    <message>
      <source>Product glossary…</source>
      <translation>Product glossary…</translation>
    </message>
    <message>
      <source>No members recorded yet</source>
      <translation>No members recorded yet</translation>
    </message>
    <message>
      <source>Start with the network's member list: import it from an Excel workbook (a preview shows what will be imported before anything is saved). Or record the first application by hand; the competitor check and the membership cap apply from the first member on.</source>
      <translation>Start with the network's member list: import it from an Excel workbook (a preview shows what will be imported before anything is saved). Or record the first application by hand; the competitor check and the membership cap apply from the first member on.</translation>
    </message>
    <message>
      <source>Import member list from Excel…</source>
      <translation>Import member list from Excel…</translation>
    </message>
    <message>
      <source>Record the first application…</source>
      <translation>Record the first application…</translation>
    </message>
    <message>
      <source>No suppliers or customers recorded yet</source>
      <translation>No suppliers or customers recorded yet</translation>
    </message>
    <message>
      <source>Suppliers bid in tenders; customers use the framework agreements through the subsidiary without being members. Record the first one.</source>
      <translation>Suppliers bid in tenders; customers use the framework agreements through the subsidiary without being members. Record the first one.</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>All regions</translation>
    </message>
    <message>
      <source>%1 shown</source>
      <translation>%1 shown</translation>
    </message>
    <message>
      <source>%1 shown (search shortened)</source>
      <translation>%1 shown (search shortened)</translation>
    </message>
    <message>
      <source>A search uses at most %1 words of at most %2 letters each.</source>
      <translation>A search uses at most %1 words of at most %2 letters each.</translation>
    </message>
    <message>
      <source>Members: %1 / %2</source>
      <translation>Members: %1 / %2</translation>
    </message>
    <message>
      <source>waiting list: %1</source>
      <translation>waiting list: %1</translation>
    </message>
    <message>
      <source>%1 seat(s) free under the membership cap</source>
      <translation>%1 seat(s) free under the membership cap</translation>
    </message>
    <message>
      <source>Saved. Add what the company sells for the competitor check.</source>
      <translation>Saved. Add what the company sells for the competitor check.</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>%1 organisations exported to %2</source>
      <translation>%1 organisations exported to %2</translation>
    </message>
    <message>
      <source>Exporting to Excel…</source>
      <translation>Exporting to Excel…</translation>
    </message>
  </context>
  <context>
    <name>MembershipDetailsDialog</name>
    <message>
      <source>Membership of %1</source>
      <translation>Membership of %1</translation>
    </message>
    <message>
      <source>Founding member</source>
      <translation>Founding member</translation>
    </message>
    <message>
      <source>&amp;Application date:</source>
      <translation>&amp;Application date:</translation>
    </message>
    <message>
      <source>Application date</source>
      <translation>Application date</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>MembershipTab</name>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Applied on:</source>
      <translation>Applied on:</translation>
    </message>
    <message>
      <source>Waiting since:</source>
      <translation>Waiting since:</translation>
    </message>
    <message>
      <source>Member since:</source>
      <translation>Member since:</translation>
    </message>
    <message>
      <source>Left on:</source>
      <translation>Left on:</translation>
    </message>
    <message>
      <source>Founding member:</source>
      <translation>Founding member:</translation>
    </message>
    <message>
      <source>Annual fee now:</source>
      <translation>Annual fee now:</translation>
    </message>
    <message>
      <source>Edit &amp;membership…</source>
      <translation>Edit &amp;membership…</translation>
    </message>
    <message>
      <source>&amp;Withdraw application…</source>
      <translation>&amp;Withdraw application…</translation>
    </message>
    <message>
      <source>Apply a&amp;gain</source>
      <translation>Apply a&amp;gain</translation>
    </message>
    <message>
      <source>&amp;Add fee step…</source>
      <translation>&amp;Add fee step…</translation>
    </message>
    <message>
      <source>Fee history</source>
      <translation>Fee history</translation>
    </message>
    <message>
      <source>&amp;Declare relation…</source>
      <translation>&amp;Declare relation…</translation>
    </message>
    <message>
      <source>&amp;Remove relation</source>
      <translation>&amp;Remove relation</translation>
    </message>
    <message>
      <source>Declared relations (competitor check)</source>
      <translation>Declared relations (competitor check)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Remove relation</source>
      <translation>Remove relation</translation>
    </message>
    <message>
      <source>Remove the declared relation with %1? The competitor check then compares the two again by what they sell.</source>
      <translation>Remove the declared relation with %1? The competitor check then compares the two again by what they sell.</translation>
    </message>
    <message>
      <source>Withdraw application</source>
      <translation>Withdraw application</translation>
    </message>
    <message>
      <source>Why is the application of %1 closed?</source>
      <translation>Why is the application of %1 closed?</translation>
    </message>
    <message>
      <source>Apply again</source>
      <translation>Apply again</translation>
    </message>
    <message>
      <source>%1 applies again today: it becomes an applicant.</source>
      <translation>%1 applies again today: it becomes an applicant.</translation>
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
      <source>The database is busy: another office PC is saving at the same moment and did not finish within {seconds} seconds. Nothing was saved. Try again in a moment.</source>
      <translation>The database is busy: another office PC is saving at the same moment and did not finish within {seconds} seconds. Nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
      <source>The database server stopped this request because it took too long. Nothing was changed by it. Try again; if it happens again, ask for less (for example, search with fewer or more specific words).</source>
      <translation>The database server stopped this request because it took too long. Nothing was changed by it. Try again; if it happens again, ask for less (for example, search with fewer or more specific words).</translation>
    </message>
    <message>
      <source>The record was changed on another PC at the same moment, so nothing was saved. Reload it and apply your changes again.</source>
      <extracomment>whom the sessions act and read for (``niro_desk.permissions``)</extracomment>
      <translation>The record was changed on another PC at the same moment, so nothing was saved. Reload it and apply your changes again.</translation>
    </message>
    <message>
      <source>{path} cannot be read: {error}</source>
      <translation>{path} cannot be read: {error}</translation>
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup: it is not a SQLite database file.</source>
      <translation>{path} is not a NIRO Desk backup: it is not a SQLite database file.</translation>
    </message>
    <message>
      <source>{path} is damaged: SQLite's integrity check fails ({detail}).</source>
      <translation>{path} is damaged: SQLite's integrity check fails ({detail}).</translation>
    </message>
    <message>
      <source>{path} is not a NIRO Desk backup: it has no schema version.</source>
      <translation>{path} is not a NIRO Desk backup: it has no schema version.</translation>
    </message>
    <message>
      <source>{path} carries no checksum: it was not written by NIRO Desk's backup, or was changed.</source>
      <translation>{path} carries no checksum: it was not written by NIRO Desk's backup, or was changed.</translation>
    </message>
    <message>
      <source>{path} was changed after the backup was written: its checksum does not match its content.</source>
      <translation>{path} was changed after the backup was written: its checksum does not match its content.</translation>
    </message>
    <message>
      <source>{path} cannot be brought to the current schema version: {error}</source>
      <translation>{path} cannot be brought to the current schema version: {error}</translation>
    </message>
    <message>
      <source>{path} cannot be restored: {problems}</source>
      <translation>{path} cannot be restored: {problems}</translation>
    </message>
    <message>
      <source>{path} changed after it was checked: nothing was restored. Try again.</source>
      <translation>{path} changed after it was checked: nothing was restored. Try again.</translation>
    </message>
    <message>
      <source>No safety copy of the current data could be written ({error}); nothing was changed.</source>
      <translation>No safety copy of the current data could be written ({error}); nothing was changed.</translation>
    </message>
    <message>
      <source>A restore replaces the audit log too, which on this PostgreSQL database only its owner may do. Connect with the owner's address (niro-desk --database URL db restore FILE); nothing was changed.</source>
      <translation>A restore replaces the audit log too, which on this PostgreSQL database only its owner may do. Connect with the owner's address (niro-desk --database URL db restore FILE); nothing was changed.</translation>
    </message>
    <message>
      <source>{path} exists already: choose a new file name.</source>
      <translation>{path} exists already: choose a new file name.</translation>
    </message>
    <message>
      <source>Cannot write the backup: the folder {folder} does not exist.</source>
      <translation>Cannot write the backup: the folder {folder} does not exist.</translation>
    </message>
    <message>
      <source>Cannot write the backup to {path}: {error}</source>
      <translation>Cannot write the backup to {path}: {error}</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <source>of which members</source>
      <translation>of which members</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <source>Board decisions</source>
      <translation>Board decisions</translation>
    </message>
    <message>
      <source>Audit log entries</source>
      <translation>Audit log entries</translation>
    </message>
    <message>
      <source>Other records</source>
      <translation>Other records</translation>
    </message>
    <message>
      <source>Backup of {source}, written {when} by NIRO Desk {version} (schema version {revision}).</source>
      <translation>Backup of {source}, written {when} by NIRO Desk {version} (schema version {revision}).</translation>
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
      <source>{path} has schema version {revision}, unknown to this NIRO Desk (written by a newer version?).</source>
      <translation>{path} has schema version {revision}, unknown to this NIRO Desk (written by a newer version?).</translation>
    </message>
    <message>
      <source>Restore failed, nothing was changed: {error}</source>
      <translation>Restore failed, nothing was changed: {error}</translation>
    </message>
    <message>
      <source>The NACE industry classes {codes} are missing from the database: it has not been upgraded completely.</source>
      <translation>The NACE industry classes {codes} are missing from the database: it has not been upgraded completely.</translation>
    </message>
    <message>
      <source>The database is not empty: the demo network is only written into an empty database.</source>
      <translation>The database is not empty: the demo network is only written into an empty database.</translation>
    </message>
    <message>
      <source>The file {file} does not exist or cannot be read.</source>
      <translation>The file {file} does not exist or cannot be read.</translation>
    </message>
    <message>
      <source>{file} is in the old Excel format (.xls). Open it in Excel and save it as “Excel workbook (.xlsx)”, then import that file.</source>
      <translation>{file} is in the old Excel format (.xls). Open it in Excel and save it as “Excel workbook (.xlsx)”, then import that file.</translation>
    </message>
    <message>
      <source>{file} is not an Excel workbook (.xlsx). If it is protected by a password, save a copy without the password and import that.</source>
      <translation>{file} is not an Excel workbook (.xlsx). If it is protected by a password, save a copy without the password and import that.</translation>
    </message>
    <message>
      <source>{file} was refused: it holds {count} parts, far more than a workbook has (at most {limit}). It may be damaged or not a genuine workbook.</source>
      <translation>{file} was refused: it holds {count} parts, far more than a workbook has (at most {limit}). It may be damaged or not a genuine workbook.</translation>
    </message>
    <message>
      <source>{file} was refused: unpacked it would take {size} MB, more than the {limit} MB NIRO Desk reads. Split the data into smaller workbooks.</source>
      <translation>{file} was refused: unpacked it would take {size} MB, more than the {limit} MB NIRO Desk reads. Split the data into smaller workbooks.</translation>
    </message>
    <message>
      <source>{file} was refused: its part “{part}” unpacks to {ratio} times its packed size. Genuine workbooks do not do that (a “zip bomb” does).</source>
      <translation>{file} was refused: its part “{part}” unpacks to {ratio} times its packed size. Genuine workbooks do not do that (a “zip bomb” does).</translation>
    </message>
    <message>
      <source>{file} links to other workbooks (external links): NIRO Desk does not import such workbooks. Type the values in, save and send the workbook again.</source>
      <translation>{file} links to other workbooks (external links): NIRO Desk does not import such workbooks. Type the values in, save and send the workbook again.</translation>
    </message>
    <message>
      <source>The member organisation #{id} no longer exists.</source>
      <translation>The member organisation #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{name} cannot be admitted: only applicants and the waiting list can (status now: {status}).</source>
      <translation>{name} cannot be admitted: only applicants and the waiting list can (status now: {status}).</translation>
    </message>
    <message>
      <source>{name} is not admitted: the competitor check found conflicts with {count} organisation(s). Admission needs a recorded board decision.</source>
      <translation>{name} is not admitted: the competitor check found conflicts with {count} organisation(s). Admission needs a recorded board decision.</translation>
    </message>
    <message>
      <source>{name} is not admitted: nothing is recorded about what it sells, so the competitor check cannot judge. Record its industry classes or product markets, or admit it without a check.</source>
      <translation>{name} is not admitted: nothing is recorded about what it sells, so the competitor check cannot judge. Record its industry classes or product markets, or admit it without a check.</translation>
    </message>
    <message>
      <source>{name} is not admitted: the board decision kept with the application was taken on a different sales profile, which has changed since. Admission needs a new board decision.</source>
      <translation>{name} is not admitted: the board decision kept with the application was taken on a different sales profile, which has changed since. Admission needs a new board decision.</translation>
    </message>
    <message>
      <source>{name} is not admitted: the check now finds conflicts the kept board decision does not cover ({others}). Admission needs a new board decision.</source>
      <translation>{name} is not admitted: the check now finds conflicts the kept board decision does not cover ({others}). Admission needs a new board decision.</translation>
    </message>
    <message>
      <source>The board decision needs a reason.</source>
      <translation>The board decision needs a reason.</translation>
    </message>
    <message>
      <source>Admitting without a check needs a reason.</source>
      <translation>Admitting without a check needs a reason.</translation>
    </message>
    <message>
      <source>{name} is not a member and cannot leave.</source>
      <extracomment>titles of the draft/open requirement collections the member was taken out of titles of the framework agreements whose participation ended on the exit date</extracomment>
      <translation>{name} is not a member and cannot leave.</translation>
    </message>
    <message>
      <source>The exit date lies before the admission date.</source>
      <translation>The exit date lies before the admission date.</translation>
    </message>
    <message>
      <source>{name} has no open application.</source>
      <translation>{name} has no open application.</translation>
    </message>
    <message>
      <source>{name} is not a former member.</source>
      <translation>{name} is not a former member.</translation>
    </message>
    <message>
      <source>Both sell in the same industry class {code} “{title}”.</source>
      <translation>Both sell in the same industry class {code} “{title}”.</translation>
    </message>
    <message>
      <source>{candidate} sells “{candidate_market}” and {other} sells “{other_market}”: that is the same product market.</source>
      <translation>{candidate} sells “{candidate_market}” and {other} sells “{other_market}”: that is the same product market.</translation>
    </message>
    <message>
      <source>The office has recorded that {candidate} competes with {other}.{note}</source>
      <translation>The office has recorded that {candidate} competes with {other}.{note}</translation>
    </message>
    <message>
      <source>{other} sells in similar areas, but the office has recorded that the two do not compete.{note}</source>
      <translation>{other} sells in similar areas, but the office has recorded that the two do not compete.{note}</translation>
    </message>
    <message>
      <source>{other} buys the same inputs ({materials}). Shared inputs never make two companies competitors.</source>
      <translation>{other} buys the same inputs ({materials}). Shared inputs never make two companies competitors.</translation>
    </message>
    <message>
      <source>{seller} sells “{product}”, which {buyer} buys as an input (“{material}”): {seller} is a supplier of {buyer}, not a competitor.</source>
      <translation>{seller} sells “{product}”, which {buyer} buys as an input (“{material}”): {seller} is a supplier of {buyer}, not a competitor.</translation>
    </message>
    <message>
      <source> Note: {note}</source>
      <translation> Note: {note}</translation>
    </message>
    <message>
      <source>Nothing is recorded about what {name} sells (no industry class, no product market): the check cannot judge whether it competes with a member.</source>
      <translation>Nothing is recorded about what {name} sells (no industry class, no product market): the check cannot judge whether it competes with a member.</translation>
    </message>
    <message>
      <source>The last name is missing.</source>
      <translation>The last name is missing.</translation>
    </message>
    <message>
      <source>“{email}” is not a valid e-mail address.</source>
      <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
      <source>“{phone}” is not a valid phone number (e.g. 02303 123456 or +49 2303 123456).</source>
      <translation>“{phone}” is not a valid phone number (e.g. 02303 123456 or +49 2303 123456).</translation>
    </message>
    <message>
      <source>The contact #{id} no longer exists.</source>
      <translation>The contact #{id} no longer exists.</translation>
    </message>
    <message>
      <source>The organisation #{id} no longer exists.</source>
      <extracomment>None: taken over from the participant's current requirement, when there is one</extracomment>
      <translation>The organisation #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{file} could not be written ({reason}). If it is open in Excel, close it and try again.</source>
      <translation>{file} could not be written ({reason}). If it is open in Excel, close it and try again.</translation>
    </message>
    <message>
      <source>The export file name must end in .xlsx (not “{file}”).</source>
      <translation>The export file name must end in .xlsx (not “{file}”).</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”, row {row}, column “{column}”: {message}</source>
      <translation>Sheet “{sheet}”, row {row}, column “{column}”: {message}</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”, row {row}: {message}</source>
      <translation>Sheet “{sheet}”, row {row}: {message}</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”: {message}</source>
      <translation>Sheet “{sheet}”: {message}</translation>
    </message>
    <message>
      <source>{file} was not imported: {count} problem(s) found. Nothing was written.</source>
      <translation>{file} was not imported: {count} problem(s) found. Nothing was written.</translation>
    </message>
    <message>
      <source>The import was cancelled. Nothing was written.</source>
      <translation>The import was cancelled. Nothing was written.</translation>
    </message>
    <message>
      <source>{file} could not be read as an Excel workbook ({reason}). Nothing was written.</source>
      <translation>{file} could not be read as an Excel workbook ({reason}). Nothing was written.</translation>
    </message>
    <message>
      <source>The workbook has no worksheet.</source>
      <translation>The workbook has no worksheet.</translation>
    </message>
    <message>
      <source>No header row found in the first {rows} rows: the import needs a column “Name” (or “Firma”) and the other columns named as in the exported member list.</source>
      <translation>No header row found in the first {rows} rows: the import needs a column “Name” (or “Firma”) and the other columns named as in the exported member list.</translation>
    </message>
    <message>
      <source>This column means the same as column “{other}”; keep only one of them.</source>
      <translation>This column means the same as column “{other}”; keep only one of them.</translation>
    </message>
    <message>
      <source>Column “{column}” is not known to NIRO Desk and was ignored.</source>
      <translation>Column “{column}” is not known to NIRO Desk and was ignored.</translation>
    </message>
    <message>
      <source>The sheet has no column “Status”: every row is imported as a member.</source>
      <translation>The sheet has no column “Status”: every row is imported as a member.</translation>
    </message>
    <message>
      <source>There are no rows below the header row.</source>
      <translation>There are no rows below the header row.</translation>
    </message>
    <message>
      <source>The sheet has more than {limit} rows; split it into smaller files.</source>
      <translation>The sheet has more than {limit} rows; split it into smaller files.</translation>
    </message>
    <message>
      <source>Sheet “{sheet}” was skipped: it has no header row of a member list, waiting list or contact list.</source>
      <translation>Sheet “{sheet}” was skipped: it has no header row of a member list, waiting list or contact list.</translation>
    </message>
    <message>
      <source>Only the first {limit} sheets were read; the others were skipped.</source>
      <translation>Only the first {limit} sheets were read; the others were skipped.</translation>
    </message>
    <message>
      <source>The data in NIRO Desk changed since the preview (row {row} on sheet “{sheet}”, perhaps edited on another PC). Nothing was written: look at the preview again and import then.</source>
      <translation>The data in NIRO Desk changed since the preview (row {row} on sheet “{sheet}”, perhaps edited on another PC). Nothing was written: look at the preview again and import then.</translation>
    </message>
    <message>
      <source>The text is longer than {limit} characters.</source>
      <translation>The text is longer than {limit} characters.</translation>
    </message>
    <message>
      <source>“{item}…” is longer than {limit} characters.</source>
      <translation>“{item}…” is longer than {limit} characters.</translation>
    </message>
    <message>
      <source>“{value}” is not a whole number.</source>
      <translation>“{value}” is not a whole number.</translation>
    </message>
    <message>
      <source>“{value}” is not a date: write it as DD.MM.YYYY (e.g. 01.03.2024).</source>
      <translation>“{value}” is not a date: write it as DD.MM.YYYY (e.g. 01.03.2024).</translation>
    </message>
    <message>
      <source>“{value}” is neither “ja”/“yes” nor “nein”/“no”.</source>
      <translation>“{value}” is neither “ja”/“yes” nor “nein”/“no”.</translation>
    </message>
    <message>
      <source>“{value}” is not an amount (e.g. 1.234,56 € or 1234.56).</source>
      <translation>“{value}” is not an amount (e.g. 1.234,56 € or 1234.56).</translation>
    </message>
    <message>
      <source>“{value}” is out of range: the number must lie between {minimum} and {maximum}.</source>
      <translation>“{value}” is out of range: the number must lie between {minimum} and {maximum}.</translation>
    </message>
    <message>
      <source>“{value}” has more than {places} decimal place(s).</source>
      <translation>“{value}” has more than {places} decimal place(s).</translation>
    </message>
    <message>
      <source>The fee must be a positive amount with at most two decimal places.</source>
      <translation>The fee must be a positive amount with at most two decimal places.</translation>
    </message>
    <message>
      <source>“{value}” is not a membership status: use Mitglied/member, Warteliste/waiting, Bewerber/applicant or ehemalig/former.</source>
      <translation>“{value}” is not a membership status: use Mitglied/member, Warteliste/waiting, Bewerber/applicant or ehemalig/former.</translation>
    </message>
    <message>
      <source>The status is missing.</source>
      <translation>The status is missing.</translation>
    </message>
    <message>
      <source>“{code}” is not a NACE class (four digits such as 25.62).</source>
      <translation>“{code}” is not a NACE class (four digits such as 25.62).</translation>
    </message>
    <message>
      <source>The organisation of this contact is missing.</source>
      <translation>The organisation of this contact is missing.</translation>
    </message>
    <message>
      <source>A member needs an admission date (DD.MM.YYYY).</source>
      <translation>A member needs an admission date (DD.MM.YYYY).</translation>
    </message>
    <message>
      <source>The application date is missing: it orders the waiting list and dates the first fee.</source>
      <translation>The application date is missing: it orders the waiting list and dates the first fee.</translation>
    </message>
    <message>
      <source>An admission date does not fit the status “{status}”: only members and former members have been admitted.</source>
      <translation>An admission date does not fit the status “{status}”: only members and former members have been admitted.</translation>
    </message>
    <message>
      <source>The application date lies after the admission date.</source>
      <translation>The application date lies after the admission date.</translation>
    </message>
    <message>
      <source>Row {other} already has the name “{name}”.</source>
      <translation>Row {other} already has the name “{name}”.</translation>
    </message>
    <message>
      <source>Row {other} already has the VAT ID {vat}.</source>
      <translation>Row {other} already has the VAT ID {vat}.</translation>
    </message>
    <message>
      <source>Row {other} already updates “{name}” in NIRO Desk.</source>
      <translation>Row {other} already updates “{name}” in NIRO Desk.</translation>
    </message>
    <message>
      <source>Row {other} already lists {name} at {organisation}.</source>
      <translation>Row {other} already lists {name} at {organisation}.</translation>
    </message>
    <message>
      <source>NIRO Desk holds {count} organisations named “{name}”: add the VAT ID so the import knows which one the row means.</source>
      <translation>NIRO Desk holds {count} organisations named “{name}”: add the VAT ID so the import knows which one the row means.</translation>
    </message>
    <message>
      <source>“{name}” is in NIRO Desk as a {kind}, not as a member organisation; the member import does not change that.</source>
      <translation>“{name}” is in NIRO Desk as a {kind}, not as a member organisation; the member import does not change that.</translation>
    </message>
    <message>
      <source>“{name}” is neither in this workbook nor in NIRO Desk.</source>
      <translation>“{name}” is neither in this workbook nor in NIRO Desk.</translation>
    </message>
    <message>
      <source>With this row the network would have {count} members, more than the cap of {cap}. Import the others with status “Warteliste”/“waiting”, or raise the cap first.</source>
      <translation>With this row the network would have {count} members, more than the cap of {cap}. Import the others with status “Warteliste”/“waiting”, or raise the cap first.</translation>
    </message>
    <message>
      <source>Row {row}: the status of {name} changes from “{before}” to “{after}”.</source>
      <translation>Row {row}: the status of {name} changes from “{before}” to “{after}”.</translation>
    </message>
    <message>
      <source>Row {row}: the annual fee of {name} changes from {before} to {after} as of today; the fee history is kept.</source>
      <translation>Row {row}: the annual fee of {name} changes from {before} to {after} as of today; the fee history is kept.</translation>
    </message>
    <message>
      <source>Row {row}: empty cells clear what NIRO Desk holds for {name} in: {columns}.</source>
      <translation>Row {row}: empty cells clear what NIRO Desk holds for {name} in: {columns}.</translation>
    </message>
    <message>
      <source>Row {row}: {name} was matched by its name; its VAT ID changes from {before} to {after}.</source>
      <translation>Row {row}: {name} was matched by its name; its VAT ID changes from {before} to {after}.</translation>
    </message>
    <message>
      <source>member</source>
      <translation>member</translation>
    </message>
    <message>
      <source>customer</source>
      <translation>customer</translation>
    </message>
    <message>
      <source>supplier</source>
      <translation>supplier</translation>
    </message>
    <message>
      <source>The membership cap must be at least 1.</source>
      <translation>The membership cap must be at least 1.</translation>
    </message>
    <message>
      <source>The name is missing.</source>
      <translation>The name is missing.</translation>
    </message>
    <message>
      <source>The name is longer than 200 characters.</source>
      <translation>The name is longer than 200 characters.</translation>
    </message>
    <message>
      <source>“{vat}” is not a valid VAT ID (e.g. DE123456788: country code, then the number with its check digit).</source>
      <translation>“{vat}” is not a valid VAT ID (e.g. DE123456788: country code, then the number with its check digit).</translation>
    </message>
    <message>
      <source>The country is a two-letter code such as DE.</source>
      <translation>The country is a two-letter code such as DE.</translation>
    </message>
    <message>
      <source>“{code}” is not a German postal code (five digits).</source>
      <translation>“{code}” is not a German postal code (five digits).</translation>
    </message>
    <message>
      <source>“{website}” is not a web address (e.g. www.example.de).</source>
      <translation>“{website}” is not a web address (e.g. www.example.de).</translation>
    </message>
    <message>
      <source>The number of employees cannot be negative.</source>
      <translation>The number of employees cannot be negative.</translation>
    </message>
    <message>
      <source>{name} has no membership, so no fee.</source>
      <translation>{name} has no membership, so no fee.</translation>
    </message>
    <message>
      <source>The fee is not an amount.</source>
      <translation>The fee is not an amount.</translation>
    </message>
    <message>
      <source>{name} has no membership.</source>
      <translation>{name} has no membership.</translation>
    </message>
    <message>
      <source>The relation {first} – {second} was declared by {user} on {when}, after you looked at it. Your change was not saved.</source>
      <translation>The relation {first} – {second} was declared by {user} on {when}, after you looked at it. Your change was not saved.</translation>
    </message>
    <message>
      <source>An organisation has no relation with itself.</source>
      <translation>An organisation has no relation with itself.</translation>
    </message>
    <message>
      <source>Say why the two do not compete: the note is what the board reads.</source>
      <translation>Say why the two do not compete: the note is what the board reads.</translation>
    </message>
    <message>
      <source>The database has schema version {revision}, which this NIRO Desk does not know. It was probably written by a newer version: update NIRO Desk.</source>
      <translation>The database has schema version {revision}, which this NIRO Desk does not know. It was probably written by a newer version: update NIRO Desk.</translation>
    </message>
    <message>
      <source>The upgrade left {count} broken references in the database.</source>
      <translation>The upgrade left {count} broken references in the database.</translation>
    </message>
    <message>
      <source>The database is empty: run `niro-desk db upgrade`.</source>
      <translation>The database is empty: run `niro-desk db upgrade`.</translation>
    </message>
    <message>
      <source>The database is at an older version ({revision}, newest {head}): run `niro-desk db upgrade`.</source>
      <translation>The database is at an older version ({revision}, newest {head}): run `niro-desk db upgrade`.</translation>
    </message>
    <message>
      <source>The database has schema version {revision}, which this NIRO Desk does not know (written by a newer version?).</source>
      <translation>The database has schema version {revision}, which this NIRO Desk does not know (written by a newer version?).</translation>
    </message>
    <message>
      <source>The database has tables but no NIRO Desk schema version: it is not a NIRO Desk database.</source>
      <translation>The database has tables but no NIRO Desk schema version: it is not a NIRO Desk database.</translation>
    </message>
    <message>
      <source>None of NIRO Desk's tables are there (only the schema version).</source>
      <translation>None of NIRO Desk's tables are there (only the schema version).</translation>
    </message>
    <message>
      <source>Table {table} is missing.</source>
      <translation>Table {table} is missing.</translation>
    </message>
    <message>
      <source>Table {table} does not belong to NIRO Desk.</source>
      <translation>Table {table} does not belong to NIRO Desk.</translation>
    </message>
    <message>
      <source>Table {table} lacks column {column}.</source>
      <translation>Table {table} lacks column {column}.</translation>
    </message>
    <message>
      <source>Table {table} has a column {column} that NIRO Desk does not know.</source>
      <translation>Table {table} has a column {column} that NIRO Desk does not know.</translation>
    </message>
    <message>
      <source>Column {table}.{column} has type {found}; NIRO Desk expects {expected}.</source>
      <translation>Column {table}.{column} has type {found}; NIRO Desk expects {expected}.</translation>
    </message>
    <message>
      <source>Column {table}.{column} accepts empty values; NIRO Desk requires a value.</source>
      <translation>Column {table}.{column} accepts empty values; NIRO Desk requires a value.</translation>
    </message>
    <message>
      <source>Column {table}.{column} requires a value; NIRO Desk allows it to be empty.</source>
      <translation>Column {table}.{column} requires a value; NIRO Desk allows it to be empty.</translation>
    </message>
    <message>
      <source>Table {table} lacks the index {name}.</source>
      <translation>Table {table} lacks the index {name}.</translation>
    </message>
    <message>
      <source>Table {table} has an extra index {name}.</source>
      <translation>Table {table} has an extra index {name}.</translation>
    </message>
    <message>
      <source>Table {table} lacks the rule {name}.</source>
      <translation>Table {table} lacks the rule {name}.</translation>
    </message>
    <message>
      <source>Table {table} has an extra rule {name}.</source>
      <translation>Table {table} has an extra rule {name}.</translation>
    </message>
    <message>
      <source>Table {table} differs from NIRO Desk's models ({kind}).</source>
      <translation>Table {table} differs from NIRO Desk's models ({kind}).</translation>
    </message>
    <message>
      <source>SQLite's integrity check reports: {detail}</source>
      <translation>SQLite's integrity check reports: {detail}</translation>
    </message>
    <message>
      <source>Row {row} of table {table} refers to a missing row of table {parent}.</source>
      <translation>Row {row} of table {table} refers to a missing row of table {parent}.</translation>
    </message>
    <message>
      <source>{count} rows of table {table} break the rule {rule} (first: row {row}).</source>
      <translation>{count} rows of table {table} break the rule {rule} (first: row {row}).</translation>
    </message>
    <message>
      <source>{count} rows of table {table} have no value in column {column} (first: row {row}).</source>
      <translation>{count} rows of table {table} have no value in column {column} (first: row {row}).</translation>
    </message>
    <message>
      <source>Rule {name} of table {table} is not validated for the existing rows.</source>
      <translation>Rule {name} of table {table} is not validated for the existing rows.</translation>
    </message>
    <message>
      <source>The database is not at the newest schema version (it has {revision}, the newest is {head}). Run niro-desk db upgrade first: this command only reads and changes nothing.</source>
      <translation>The database is not at the newest schema version (it has {revision}, the newest is {head}). Run niro-desk db upgrade first: this command only reads and changes nothing.</translation>
    </message>
    <message>
      <source>db restore asks before it replaces the data, but there is no terminal to ask on: add --yes to restore without asking.</source>
      <translation>db restore asks before it replaces the data, but there is no terminal to ask on: add --yes to restore without asking.</translation>
    </message>
    <message>
      <source>{name} was changed by {user} on {when}, after you opened it. Your changes were not saved.</source>
      <translation>{name} was changed by {user} on {when}, after you opened it. Your changes were not saved.</translation>
    </message>
    <message>
      <source>{name} was changed on another PC after you opened it. Your changes were not saved.</source>
      <translation>{name} was changed on another PC after you opened it. Your changes were not saved.</translation>
    </message>
    <message>
      <source>Enter the German term.</source>
      <translation>Enter the German term.</translation>
    </message>
    <message>
      <source>Enter the English term.</source>
      <translation>Enter the English term.</translation>
    </message>
    <message>
      <source>At most {limit} characters.</source>
      <translation>At most {limit} characters.</translation>
    </message>
    <message>
      <source>The office has already added “{term}”.</source>
      <translation>The office has already added “{term}”.</translation>
    </message>
    <message>
      <source>A term cannot be broader than itself.</source>
      <translation>A term cannot be broader than itself.</translation>
    </message>
    <message>
      <source>“{term}” is not in the glossary: give the German term of an existing entry, or leave the field empty.</source>
      <translation>“{term}” is not in the glossary: give the German term of an existing entry, or leave the field empty.</translation>
    </message>
    <message>
      <source>This glossary entry no longer exists.</source>
      <translation>This glossary entry no longer exists.</translation>
    </message>
    <message>
      <source>The database address '{url}' cannot be understood. A SQLite file is written sqlite:///path/to/file.sqlite3, a PostgreSQL database postgresql+psycopg://user@server/database.</source>
      <translation>The database address '{url}' cannot be understood. A SQLite file is written sqlite:///path/to/file.sqlite3, a PostgreSQL database postgresql+psycopg://user@server/database.</translation>
    </message>
    <message>
      <source>NIRO Desk cannot work with the database '{url}': it uses a SQLite file or a PostgreSQL database (postgresql+psycopg://user@server/database).</source>
      <translation>NIRO Desk cannot work with the database '{url}': it uses a SQLite file or a PostgreSQL database (postgresql+psycopg://user@server/database).</translation>
    </message>
    <message>
      <source>The PostgreSQL driver is not installed on this PC, so the database on {server} cannot be opened. Install NIRO Desk with its PostgreSQL part (pip install 'niro-desk[postgres]').</source>
      <translation>The PostgreSQL driver is not installed on this PC, so the database on {server} cannot be opened. Install NIRO Desk with its PostgreSQL part (pip install 'niro-desk[postgres]').</translation>
    </message>
    <message>
      <source>The database file {path} does not exist. Check the path; a new database is created by starting NIRO Desk on it or with niro-desk db upgrade.</source>
      <translation>The database file {path} does not exist. Check the path; a new database is created by starting NIRO Desk on it or with niro-desk db upgrade.</translation>
    </message>
    <message>
      <source>The file {path} is not a NIRO Desk database: it is no database at all. Perhaps the wrong file was chosen. Choose another file, or restore a backup.</source>
      <translation>The file {path} is not a NIRO Desk database: it is no database at all. Perhaps the wrong file was chosen. Choose another file, or restore a backup.</translation>
    </message>
    <message>
      <source>The database file {path} is damaged and cannot be read. Restore the newest backup.</source>
      <translation>The database file {path} is damaged and cannot be read. Restore the newest backup.</translation>
    </message>
    <message>
      <source>The database file {path} cannot be opened or created. Check that its folder exists and that you may write there.</source>
      <translation>The database file {path} cannot be opened or created. Check that its folder exists and that you may write there.</translation>
    </message>
    <message>
      <source>The database server {server} cannot be reached. Is it switched on, and is this PC connected to the office network? Try again in a moment, or ask whoever looks after the server.</source>
      <translation>The database server {server} cannot be reached. Is it switched on, and is this PC connected to the office network? Try again in a moment, or ask whoever looks after the server.</translation>
    </message>
    <message>
      <source>The database server {server} has no database named '{database}'. Check the name in the address, or ask whoever looks after the server to create it.</source>
      <translation>The database server {server} has no database named '{database}'. Check the name in the address, or ask whoever looks after the server to create it.</translation>
    </message>
    <message>
      <source>The database server {server} does not let the user '{user}' in: the user is unknown there, the password is wrong, or this PC is not allowed. Check the user and password in the address.</source>
      <translation>The database server {server} does not let the user '{user}' in: the user is unknown there, the password is wrong, or this PC is not allowed. Check the user and password in the address.</translation>
    </message>
    <message>
      <source>The database {database} cannot be used: {reason}</source>
      <translation>The database {database} cannot be used: {reason}</translation>
    </message>
    <message>
      <source>The database reported an error: {reason}</source>
      <translation>The database reported an error: {reason}</translation>
    </message>
    <message>
      <source>The category #{id} no longer exists.</source>
      <translation>The category #{id} no longer exists.</translation>
    </message>
    <message>
      <source>The item #{id} no longer exists.</source>
      <translation>The item #{id} no longer exists.</translation>
    </message>
    <message>
      <source>The name must not be empty.</source>
      <translation>The name must not be empty.</translation>
    </message>
    <message>
      <source>A category “{name}” exists here already.</source>
      <translation>A category “{name}” exists here already.</translation>
    </message>
    <message>
      <source>{name} still has subcategories or items and cannot be deleted.</source>
      <translation>{name} still has subcategories or items and cannot be deleted.</translation>
    </message>
    <message>
      <source>{name} is used by collections or negotiation rounds and cannot be deleted.</source>
      <translation>{name} is used by collections or negotiation rounds and cannot be deleted.</translation>
    </message>
    <message>
      <source>An item “{name}” exists in this category already.</source>
      <translation>An item “{name}” exists in this category already.</translation>
    </message>
    <message>
      <source>The unit of {name} cannot change: requirements were stated in {unit}.</source>
      <translation>The unit of {name} cannot change: requirements were stated in {unit}.</translation>
    </message>
    <message>
      <source>The negotiation round #{id} no longer exists.</source>
      <translation>The negotiation round #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{name} ({organisation}) cannot attend: only people of current members and customers take part in negotiation rounds.</source>
      <translation>{name} ({organisation}) cannot attend: only people of current members and customers take part in negotiation rounds.</translation>
    </message>
    <message>
      <source>The title must not be empty.</source>
      <translation>The title must not be empty.</translation>
    </message>
    <message>
      <source>Put at least one category on the agenda.</source>
      <translation>Put at least one category on the agenda.</translation>
    </message>
    <message>
      <source>{name} did not attend this round and cannot rank its categories.</source>
      <translation>{name} did not attend this round and cannot rank its categories.</translation>
    </message>
    <message>
      <source>A category can be ranked only once.</source>
      <translation>A category can be ranked only once.</translation>
    </message>
    <message>
      <source>{name} is not on the agenda of this round.</source>
      <translation>{name} is not on the agenda of this round.</translation>
    </message>
    <message>
      <source>{name} is a supplier: suppliers are never participants of the pool.</source>
      <translation>{name} is a supplier: suppliers are never participants of the pool.</translation>
    </message>
    <message>
      <source>{name} is not a current member (status: {status}): only members and customers take part in the pool.</source>
      <translation>{name} is not a current member (status: {status}): only members and customers take part in the pool.</translation>
    </message>
    <message>
      <source>The requirement collection #{id} no longer exists.</source>
      <extracomment>the only state changes there are</extracomment>
      <translation>The requirement collection #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{title} is closed: nothing in it can change any more.</source>
      <translation>{title} is closed: nothing in it can change any more.</translation>
    </message>
    <message>
      <source>{title} is still a draft: answers are recorded once it is open.</source>
      <translation>{title} is still a draft: answers are recorded once it is open.</translation>
    </message>
    <message>
      <source>Say which supply period is meant (e.g. 2027).</source>
      <translation>Say which supply period is meant (e.g. 2027).</translation>
    </message>
    <message>
      <source>The category has no items yet: add items first.</source>
      <translation>The category has no items yet: add items first.</translation>
    </message>
    <message>
      <source>Item #{id} does not belong to the collection's category.</source>
      <translation>Item #{id} does not belong to the collection's category.</translation>
    </message>
    <message>
      <source>{title} is open: its category and items can only change while it is a draft.</source>
      <translation>{title} is open: its category and items can only change while it is a draft.</translation>
    </message>
    <message>
      <source>The organisation is not invited to {title}.</source>
      <translation>The organisation is not invited to {title}.</translation>
    </message>
    <message>
      <source>Only a draft can be opened; {title} is not a draft any more.</source>
      <translation>Only a draft can be opened; {title} is not a draft any more.</translation>
    </message>
    <message>
      <source>Only an open collection can be closed; {title} is not open.</source>
      <translation>Only an open collection can be closed; {title} is not open.</translation>
    </message>
    <message>
      <source>{title} cannot go back to a draft once it has been opened.</source>
      <translation>{title} cannot go back to a draft once it has been opened.</translation>
    </message>
    <message>
      <source>Invite participants before opening {title}.</source>
      <translation>Invite participants before opening {title}.</translation>
    </message>
    <message>
      <source>The deadline of {title} has passed: set a new one first.</source>
      <translation>The deadline of {title} has passed: set a new one first.</translation>
    </message>
    <message>
      <source>This item is not asked for in the collection.</source>
      <translation>This item is not asked for in the collection.</translation>
    </message>
    <message>
      <source>{name} is not a member on {day} (status: {status}): only current members and customers join framework agreements.</source>
      <translation>{name} is not a member on {day} (status: {status}): only current members and customers join framework agreements.</translation>
    </message>
    <message>
      <source>Enter the yearly volume of at least one item.</source>
      <translation>Enter the yearly volume of at least one item.</translation>
    </message>
    <message>
      <source>The item #{id} is not part of the agreement.</source>
      <translation>The item #{id} is not part of the agreement.</translation>
    </message>
    <message>
      <source>A volume cannot be negative.</source>
      <translation>A volume cannot be negative.</translation>
    </message>
    <message>
      <source>{value} has more than three decimal places.</source>
      <translation>{value} has more than three decimal places.</translation>
    </message>
    <message>
      <source>The participation #{id} no longer exists.</source>
      <translation>The participation #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{title} has ended ({state}): nobody joins it any more.</source>
      <translation>{title} has ended ({state}): nobody joins it any more.</translation>
    </message>
    <message>
      <source>The agreement ends before that day.</source>
      <translation>The agreement ends before that day.</translation>
    </message>
    <message>
      <source>{name} already takes part in {title}.</source>
      <translation>{name} already takes part in {title}.</translation>
    </message>
    <message>
      <source>{name} has already left on {day}.</source>
      <translation>{name} has already left on {day}.</translation>
    </message>
    <message>
      <source>The day of leaving lies before the day of joining.</source>
      <translation>The day of leaving lies before the day of joining.</translation>
    </message>
    <message>
      <source>The framework agreement #{id} no longer exists.</source>
      <extracomment>states in which an agreement may still be edited and joined end of the current term (renewals rolled forward); None without an end last day for notice, only for an agreement that renews
----------
fewer unnamed buyers of an item than this, and its pooled line would reveal one's volume items whose volumes are given only as the total (one unnamed buyer)</extracomment>
      <translation>The framework agreement #{id} no longer exists.</translation>
    </message>
    <message>
      <source>The end of the agreement must lie after its start.</source>
      <translation>The end of the agreement must lie after its start.</translation>
    </message>
    <message>
      <source>The notice period is between 0 and {max} months.</source>
      <translation>The notice period is between 0 and {max} months.</translation>
    </message>
    <message>
      <source>An automatic renewal is by 1 to {max} months.</source>
      <translation>An automatic renewal is by 1 to {max} months.</translation>
    </message>
    <message>
      <source>The item #{id} does not belong to the agreement's category.</source>
      <translation>The item #{id} does not belong to the agreement's category.</translation>
    </message>
    <message>
      <source>An item is named twice.</source>
      <translation>An item is named twice.</translation>
    </message>
    <message>
      <source>A price cannot be negative.</source>
      <translation>A price cannot be negative.</translation>
    </message>
    <message>
      <source>A unit price has at most four decimal places.</source>
      <translation>A unit price has at most four decimal places.</translation>
    </message>
    <message>
      <source>The agreement needs a title.</source>
      <translation>The agreement needs a title.</translation>
    </message>
    <message>
      <source>The title is too long.</source>
      <translation>The title is too long.</translation>
    </message>
    <message>
      <source>The reference is too long.</source>
      <translation>The reference is too long.</translation>
    </message>
    <message>
      <source>Enter at least one item with its price.</source>
      <translation>Enter at least one item with its price.</translation>
    </message>
    <message>
      <source>{title} has ended ({state}) and can no longer be changed.</source>
      <translation>{title} has ended ({state}) and can no longer be changed.</translation>
    </message>
    <message>
      <source>{title} is active: its supplier and category are no longer changed.</source>
      <translation>{title} is active: its supplier and category are no longer changed.</translation>
    </message>
    <message>
      <source>An active agreement needs its start and its end.</source>
      <translation>An active agreement needs its start and its end.</translation>
    </message>
    <message>
      <source>Participants have volumes for {items}: the item stays in the agreement.</source>
      <translation>Participants have volumes for {items}: the item stays in the agreement.</translation>
    </message>
    <message>
      <source>{title}: an agreement cannot go from “{old}” to “{new}”.</source>
      <translation>{title}: an agreement cannot go from “{old}” to “{new}”.</translation>
    </message>
    <message>
      <source>{title} needs its start and end before it becomes active.</source>
      <translation>{title} needs its start and end before it becomes active.</translation>
    </message>
    <message>
      <source>{title} needs at least one item with a price before it becomes active.</source>
      <translation>{title} needs at least one item with a price before it becomes active.</translation>
    </message>
    <message>
      <source>{title} ended on {end} and without renewal cannot become active.</source>
      <translation>{title} ended on {end} and without renewal cannot become active.</translation>
    </message>
    <message>
      <source>Give the reason for the termination.</source>
      <translation>Give the reason for the termination.</translation>
    </message>
    <message>
      <source>The agreement cannot end before its start.</source>
      <translation>The agreement cannot end before its start.</translation>
    </message>
    <message>
      <source>The document #{id} no longer exists.</source>
      <translation>The document #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{name} is larger than {limit} MB: it cannot be attached.</source>
      <translation>{name} is larger than {limit} MB: it cannot be attached.</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} is empty.</translation>
    </message>
    <message>
      <source>{name} cannot be read: {reason}</source>
      <translation>{name} cannot be read: {reason}</translation>
    </message>
    <message>
      <source>The stored copy of {name} does not match its checksum: it was damaged and is not saved. Restore it from a backup.</source>
      <translation>The stored copy of {name} does not match its checksum: it was damaged and is not saved. Restore it from a backup.</translation>
    </message>
    <message>
      <source>{file} contains macros: NIRO Desk does not open workbooks with macros. Save it as “Excel workbook (.xlsx)” and import that file.</source>
      <translation>{file} contains macros: NIRO Desk does not open workbooks with macros. Save it as “Excel workbook (.xlsx)” and import that file.</translation>
    </message>
    <message>
      <source>{file} is not a requirements workbook from NIRO Desk (its hidden identity sheet is missing). Only workbooks generated for a participant can be imported.</source>
      <translation>{file} is not a requirements workbook from NIRO Desk (its hidden identity sheet is missing). Only workbooks generated for a participant can be imported.</translation>
    </message>
    <message>
      <source>{file} was refused: its hidden identity (collection, participant) was changed after NIRO Desk generated it. Send the participant a new workbook.</source>
      <translation>{file} was refused: its hidden identity (collection, participant) was changed after NIRO Desk generated it. Send the participant a new workbook.</translation>
    </message>
    <message>
      <source>{file} belongs to another collection (#{other}), not to “{title}”. Import it there.</source>
      <translation>{file} belongs to another collection (#{other}), not to “{title}”. Import it there.</translation>
    </message>
    <message>
      <source>{file} is the workbook of {name}, who is not (or no longer) invited to “{title}”.</source>
      <translation>{file} is the workbook of {name}, who is not (or no longer) invited to “{title}”.</translation>
    </message>
    <message>
      <source>{file} is the workbook of organisation #{id}, which no longer exists.</source>
      <translation>{file} is the workbook of organisation #{id}, which no longer exists.</translation>
    </message>
    <message>
      <source>{file} has no sheet with the columns “Item no.” and “Yearly volume” (“Pos.-Nr.”, “Jahresmenge”). Were they deleted or renamed?</source>
      <translation>{file} has no sheet with the columns “Item no.” and “Yearly volume” (“Pos.-Nr.”, “Jahresmenge”). Were they deleted or renamed?</translation>
    </message>
    <message>
      <source>{file} is not a bid workbook from NIRO Desk (its hidden identity sheet is missing). Only the invitation workbooks sent to a supplier can be imported.</source>
      <translation>{file} is not a bid workbook from NIRO Desk (its hidden identity sheet is missing). Only the invitation workbooks sent to a supplier can be imported.</translation>
    </message>
    <message>
      <source>{file} is a requirements workbook of a collection, not a bid workbook. Import it in the Requirements area.</source>
      <translation>{file} is a requirements workbook of a collection, not a bid workbook. Import it in the Requirements area.</translation>
    </message>
    <message>
      <source>{file} was refused: its hidden identity (tender, round, supplier) was changed after NIRO Desk generated it. Send the supplier a new invitation workbook.</source>
      <translation>{file} was refused: its hidden identity (tender, round, supplier) was changed after NIRO Desk generated it. Send the supplier a new invitation workbook.</translation>
    </message>
    <message>
      <source>{file} belongs to another tender (#{other}), not to “{title}”. Import it there.</source>
      <translation>{file} belongs to another tender (#{other}), not to “{title}”. Import it there.</translation>
    </message>
    <message>
      <source>{file} was written for round {number}, which “{title}” does not have.</source>
      <translation>{file} was written for round {number}, which “{title}” does not have.</translation>
    </message>
    <message>
      <source>{file} was written for round {number} of “{title}”, but round {current} is the one that takes bids now. Ask the supplier to fill in the workbook of round {current}.</source>
      <translation>{file} was written for round {number} of “{title}”, but round {current} is the one that takes bids now. Ask the supplier to fill in the workbook of round {current}.</translation>
    </message>
    <message>
      <source>{file} was written for round {number} of “{title}”, which has been closed or opened: no bid can be added to it any more.</source>
      <translation>{file} was written for round {number} of “{title}”, which has been closed or opened: no bid can be added to it any more.</translation>
    </message>
    <message>
      <source>{file}: “{title}” takes no bids now (it is not in a round open for bids).</source>
      <translation>{file}: “{title}” takes no bids now (it is not in a round open for bids).</translation>
    </message>
    <message>
      <source>{file} is the workbook of {name}, who is not invited to round {number}.</source>
      <translation>{file} is the workbook of {name}, who is not invited to round {number}.</translation>
    </message>
    <message>
      <source>{file} has no sheet with the columns “Item no.” and “Your price per unit” (“Pos.-Nr.”, “Ihr Preis je Einheit”). Were they deleted or renamed?</source>
      <translation>{file} has no sheet with the columns “Item no.” and “Your price per unit” (“Pos.-Nr.”, “Ihr Preis je Einheit”). Were they deleted or renamed?</translation>
    </message>
    <message>
      <source>The sheet has more than {limit} filled rows; is this the right workbook?</source>
      <translation>The sheet has more than {limit} filled rows; is this the right workbook?</translation>
    </message>
    <message>
      <source>The column “{header}” appears twice (also as “{first}”); delete one of them.</source>
      <translation>The column “{header}” appears twice (also as “{first}”); delete one of them.</translation>
    </message>
    <message>
      <source>“{value}” is not an item of lot {lot} of this tender; do not change the columns “Lot” and “Item no.”.</source>
      <translation>“{value}” is not an item of lot {lot} of this tender; do not change the columns “Lot” and “Item no.”.</translation>
    </message>
    <message>
      <source>This row has no item number. Enter the prices in the rows of the items.</source>
      <translation>This row has no item number. Enter the prices in the rows of the items.</translation>
    </message>
    <message>
      <source>Item {item} of lot {lot} appears a second time (also in row {first}).</source>
      <translation>Item {item} of lot {lot} appears a second time (also in row {first}).</translation>
    </message>
    <message>
      <source>The price is not a number: enter the net price per unit in euros, e.g. 12,50.</source>
      <translation>The price is not a number: enter the net price per unit in euros, e.g. 12,50.</translation>
    </message>
    <message>
      <source>The price must not be negative.</source>
      <translation>The price must not be negative.</translation>
    </message>
    <message>
      <source>The unit price has more than {places} decimal places.</source>
      <translation>The unit price has more than {places} decimal places.</translation>
    </message>
    <message>
      <source>The price is larger than NIRO Desk can store.</source>
      <translation>The price is larger than NIRO Desk can store.</translation>
    </message>
    <message>
      <source>The price cell holds a formula but no result. Open the workbook in Excel, save it there (Excel then stores the result) or type the price, and send it again.</source>
      <translation>The price cell holds a formula but no result. Open the workbook in Excel, save it there (Excel then stores the result) or type the price, and send it again.</translation>
    </message>
    <message>
      <source>Lot {lot} is priced only in part: the price for {item} is missing. Price every item of a lot you bid for, or none.</source>
      <translation>Lot {lot} is priced only in part: the price for {item} is missing. Price every item of a lot you bid for, or none.</translation>
    </message>
    <message>
      <source>Lot {lot} is priced, but the row of {item} is missing. Do not delete rows; send the workbook with every row.</source>
      <translation>Lot {lot} is priced, but the row of {item} is missing. Do not delete rows; send the workbook with every row.</translation>
    </message>
    <message>
      <source>No prices entered: the workbook covers no lot, so there is no bid in it.</source>
      <translation>No prices entered: the workbook covers no lot, so there is no bid in it.</translation>
    </message>
    <message>
      <source>“{value}” is not a date: write it as DD.MM.YYYY (e.g. 31.03.2027).</source>
      <translation>“{value}” is not a date: write it as DD.MM.YYYY (e.g. 31.03.2027).</translation>
    </message>
    <message>
      <source>{file}: the bid says nothing on how long it is valid.</source>
      <translation>{file}: the bid says nothing on how long it is valid.</translation>
    </message>
    <message>
      <source>{file}: the bid is valid only until {date}, before it was received.</source>
      <translation>{file}: the bid is valid only until {date}, before it was received.</translation>
    </message>
    <message>
      <source>{file} was received after the deadline ({deadline}): the bid is marked late and excluded unless the office admits it with a reason.</source>
      <translation>{file} was received after the deadline ({deadline}): the bid is marked late and excluded unless the office admits it with a reason.</translation>
    </message>
    <message>
      <source>{file} is skipped: {newer} is a later workbook of {name} (received later), and the later one wins.</source>
      <translation>{file} is skipped: {newer} is a later workbook of {name} (received later), and the later one wins.</translation>
    </message>
    <message>
      <source>{file} is skipped: a bid of {name} received later ({received}) has already been entered for this round, and the later one wins.</source>
      <translation>{file} is skipped: a bid of {name} received later ({received}) has already been entered for this round, and the later one wins.</translation>
    </message>
    <message>
      <source>{count} file(s) were refused or have problems: no bid was imported. Remove or replace those files and check again.</source>
      <translation>{count} file(s) were refused or have problems: no bid was imported. Remove or replace those files and check again.</translation>
    </message>
    <message>
      <source>Round {number} of “{title}” no longer takes bids (it changed since the check): no bid was imported.</source>
      <translation>Round {number} of “{title}” no longer takes bids (it changed since the check): no bid was imported.</translation>
    </message>
    <message>
      <source>There is no bid to import.</source>
      <translation>There is no bid to import.</translation>
    </message>
    <message>
      <source>“{value}” is not an item number of this collection; do not change this column.</source>
      <translation>“{value}” is not an item number of this collection; do not change this column.</translation>
    </message>
    <message>
      <source>This row has no item number. Enter the volumes in the rows of the items, not in new rows.</source>
      <translation>This row has no item number. Enter the volumes in the rows of the items, not in new rows.</translation>
    </message>
    <message>
      <source>The yearly volume is missing. Enter it (0 if nothing is needed), or clear the row's other cells.</source>
      <translation>The yearly volume is missing. Enter it (0 if nothing is needed), or clear the row's other cells.</translation>
    </message>
    <message>
      <source>“{value}” is not a unit NIRO Desk knows; choose one from the list.</source>
      <translation>“{value}” is not a unit NIRO Desk knows; choose one from the list.</translation>
    </message>
    <message>
      <source>The cell holds a formula ({formula}) but no result. Open the workbook in Excel, save it there (Excel then stores the result) and import it again, or type the number.</source>
      <translation>The cell holds a formula ({formula}) but no result. Open the workbook in Excel, save it there (Excel then stores the result) and import it again, or type the number.</translation>
    </message>
    <message>
      <source>The price per {unit} cannot be converted exactly into a price per {item_unit}; please enter it per {item_unit}.</source>
      <translation>The price per {unit} cannot be converted exactly into a price per {item_unit}; please enter it per {item_unit}.</translation>
    </message>
    <message>
      <source>The notice date lies after the end of the contract.</source>
      <translation>The notice date lies after the end of the contract.</translation>
    </message>
    <message>
      <source>{file} is skipped: {newer} is a newer workbook of {name} (generated later), and the newer one wins.</source>
      <translation>{file} is skipped: {newer} is a newer workbook of {name} (generated later), and the newer one wins.</translation>
    </message>
    <message>
      <source>{file} is skipped: a newer workbook of {name} (generated {newer}) has already been imported, and the newer one wins.</source>
      <translation>{file} is skipped: a newer workbook of {name} (generated {newer}) has already been imported, and the newer one wins.</translation>
    </message>
    <message>
      <source>{file}: no volumes entered. It will be recorded as “{name} needs none of these items”.</source>
      <translation>{file}: no volumes entered. It will be recorded as “{name} needs none of these items”.</translation>
    </message>
    <message>
      <source>The supplier's name is too long.</source>
      <translation>The supplier's name is too long.</translation>
    </message>
    <message>
      <source>The organisation is not invited to {title}: it cannot answer.</source>
      <translation>The organisation is not invited to {title}: it cannot answer.</translation>
    </message>
    <message>
      <source>{source} cannot be converted into {target}.</source>
      <extracomment>what people type after a number, lower case, in German and English</extracomment>
      <translation>{source} cannot be converted into {target}.</translation>
    </message>
    <message>
      <source>{value} {source} is not exactly {target} with three decimal places; please enter it in {target}.</source>
      <translation>{value} {source} is not exactly {target} with three decimal places; please enter it in {target}.</translation>
    </message>
    <message>
      <source>“{text}” is not a volume.</source>
      <translation>“{text}” is not a volume.</translation>
    </message>
    <message>
      <source>“{unit}” is not a unit NIRO Desk knows.</source>
      <translation>“{unit}” is not a unit NIRO Desk knows.</translation>
    </message>
    <message>
      <source>The large network is only written into an empty database.</source>
      <translation>The large network is only written into an empty database.</translation>
    </message>
    <message>
      <source>Possible competitors: {count} organisations sell in NACE class {code} ({title}): {names}.</source>
      <translation>Possible competitors: {count} organisations sell in NACE class {code} ({title}): {names}.</translation>
    </message>
    <message>
      <source>Possible competitors: {count} organisations offer “{market}”: {names}.</source>
      <translation>Possible competitors: {count} organisations offer “{market}”: {names}.</translation>
    </message>
    <message>
      <source>Row {row}: {name} and {other} are recorded in NIRO Desk as competitors.</source>
      <translation>Row {row}: {name} and {other} are recorded in NIRO Desk as competitors.</translation>
    </message>
    <message>
      <source>{name} (row {row})</source>
      <translation>{name} (row {row})</translation>
    </message>
    <message>
      <source>{name} (in NIRO Desk)</source>
      <translation>{name} (in NIRO Desk)</translation>
    </message>
    <message>
      <source>{names} and {count} more</source>
      <translation>{names} and {count} more</translation>
    </message>
    <message>
      <source>Organisation #{id} is not invited to {title}.</source>
      <extracomment>column key → header per language; the importer accepts both languages' headers words for people, per language (the workbook speaks the participant's language)</extracomment>
      <translation>Organisation #{id} is not invited to {title}.</translation>
    </message>
    <message>
      <source>A price is not a number: type it like 0.1234.</source>
      <translation>A price is not a number: type it like 0.1234.</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>The price for {item} is not a number.</source>
      <translation>The price for {item} is not a number.</translation>
    </message>
    <message>
      <source>The price for {item} must be a number of 0 or more.</source>
      <translation>The price for {item} must be a number of 0 or more.</translation>
    </message>
    <message>
      <source>The price for {item} has more than four decimal places.</source>
      <translation>The price for {item} has more than four decimal places.</translation>
    </message>
    <message>
      <source>Round {number} of {title} has been opened: no bid can be added to it any more.</source>
      <translation>Round {number} of {title} has been opened: no bid can be added to it any more.</translation>
    </message>
    <message>
      <source>{name} is not invited to round {number}.</source>
      <translation>{name} is not invited to round {number}.</translation>
    </message>
    <message>
      <source>Enter the prices of at least one lot.</source>
      <translation>Enter the prices of at least one lot.</translation>
    </message>
    <message>
      <source>The time received cannot lie in the future.</source>
      <translation>The time received cannot lie in the future.</translation>
    </message>
    <message>
      <source>The lot #{id} is not part of this tender.</source>
      <translation>The lot #{id} is not part of this tender.</translation>
    </message>
    <message>
      <source>Item #{id} is not part of lot {number}.</source>
      <translation>Item #{id} is not part of lot {number}.</translation>
    </message>
    <message>
      <source>Lot {number}: the price for {item} is missing.</source>
      <translation>Lot {number}: the price for {item} is missing.</translation>
    </message>
    <message>
      <source>The bid #{id} no longer exists.</source>
      <translation>The bid #{id} no longer exists.</translation>
    </message>
    <message>
      <source>This bid came in time: there is nothing to admit.</source>
      <translation>This bid came in time: there is nothing to admit.</translation>
    </message>
    <message>
      <source>The round has been opened: a late bid can only be admitted before opening.</source>
      <translation>The round has been opened: a late bid can only be admitted before opening.</translation>
    </message>
    <message>
      <source>Say why the late bid is admitted (it is recorded).</source>
      <translation>Say why the late bid is admitted (it is recorded).</translation>
    </message>
    <message>
      <source>Round {number} is not opened yet: there is no opening to record.</source>
      <translation>Round {number} is not opened yet: there is no opening to record.</translation>
    </message>
    <message>
      <source>{name} is a participant of the pool, not a supplier: participants never bid in tenders.</source>
      <translation>{name} is a participant of the pool, not a supplier: participants never bid in tenders.</translation>
    </message>
    <message>
      <source>Say which certificate it is (e.g. ISO 9001).</source>
      <translation>Say which certificate it is (e.g. ISO 9001).</translation>
    </message>
    <message>
      <source>The certificate #{id} no longer exists.</source>
      <translation>The certificate #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{title} is not in evaluation: only an opened tender is awarded.</source>
      <translation>{title} is not in evaluation: only an opened tender is awarded.</translation>
    </message>
    <message>
      <source>Award at least one lot to a supplier.</source>
      <translation>Award at least one lot to a supplier.</translation>
    </message>
    <message>
      <source>Lot {number}: the shares add up to {total} %; they must be above 0 and add up to 100 %.</source>
      <translation>Lot {number}: the shares add up to {total} %; they must be above 0 and add up to 100 %.</translation>
    </message>
    <message>
      <source>Lot {number}: a supplier is named twice.</source>
      <translation>Lot {number}: a supplier is named twice.</translation>
    </message>
    <message>
      <source>Lot {number}: {name} has no opened bid in the latest round and cannot win it.</source>
      <translation>Lot {number}: {name} has no opened bid in the latest round and cannot win it.</translation>
    </message>
    <message>
      <source>price points = 100 × best total ÷ supplier's total</source>
      <translation>price points = 100 × best total ÷ supplier's total</translation>
    </message>
    <message>
      <source>The lot #{id} no longer exists.</source>
      <translation>The lot #{id} no longer exists.</translation>
    </message>
    <message>
      <source>Scores are entered while the tender is in evaluation.</source>
      <translation>Scores are entered while the tender is in evaluation.</translation>
    </message>
    <message>
      <source>Price is scored from the bids; other criteria are scored here.</source>
      <translation>Price is scored from the bids; other criteria are scored here.</translation>
    </message>
    <message>
      <source>A score lies between 0 and 100.</source>
      <translation>A score lies between 0 and 100.</translation>
    </message>
    <message>
      <source>The passphrase does not open round {number} of {title}. Nothing was opened; the attempt is recorded.</source>
      <translation>The passphrase does not open round {number} of {title}. Nothing was opened; the attempt is recorded.</translation>
    </message>
    <message>
      <source>The deadline of round {number} has not passed yet: bids stay sealed until then.</source>
      <translation>The deadline of round {number} has not passed yet: bids stay sealed until then.</translation>
    </message>
    <message>
      <source>Round {number} has been opened already.</source>
      <translation>Round {number} has been opened already.</translation>
    </message>
    <message>
      <source>Name who is present at the opening (one per line).</source>
      <translation>Name who is present at the opening (one per line).</translation>
    </message>
    <message>
      <source>The sealed bid of {name} for lot {lot} does not decrypt: it was changed in the database. Nothing was opened.</source>
      <translation>The sealed bid of {name} for lot {lot} does not decrypt: it was changed in the database. Nothing was opened.</translation>
    </message>
    <message>
      <source>The sealed bid of {name} for lot {lot} does not fit the lot.</source>
      <translation>The sealed bid of {name} for lot {lot} does not fit the lot.</translation>
    </message>
    <message>
      <source>The tender #{id} no longer exists.</source>
      <translation>The tender #{id} no longer exists.</translation>
    </message>
    <message>
      <source>The bidding round #{id} no longer exists.</source>
      <translation>The bidding round #{id} no longer exists.</translation>
    </message>
    <message>
      <source>Tender #{id} has no round {number}.</source>
      <translation>Tender #{id} has no round {number}.</translation>
    </message>
    <message>
      <source>{title}: a tender cannot go from “{old}” to “{new}”.</source>
      <translation>{title}: a tender cannot go from “{old}” to “{new}”.</translation>
    </message>
    <message>
      <source>Price is always a criterion: give it a weight between 1 and 100 %.</source>
      <translation>Price is always a criterion: give it a weight between 1 and 100 %.</translation>
    </message>
    <message>
      <source>The criterion “{name}” is given twice or below 0.</source>
      <translation>The criterion “{name}” is given twice or below 0.</translation>
    </message>
    <message>
      <source>The weights of the criteria add up to {total} %, not 100 %.</source>
      <translation>The weights of the criteria add up to {total} %, not 100 %.</translation>
    </message>
    <message>
      <source>A tender needs at least one lot.</source>
      <translation>A tender needs at least one lot.</translation>
    </message>
    <message>
      <source>Lot {number} has no items.</source>
      <translation>Lot {number} has no items.</translation>
    </message>
    <message>
      <source>An item can be in one lot only (item #{id}).</source>
      <translation>An item can be in one lot only (item #{id}).</translation>
    </message>
    <message>
      <source>Item #{id} was not asked for in the chosen collections.</source>
      <translation>Item #{id} was not asked for in the chosen collections.</translation>
    </message>
    <message>
      <source>Only {count} participants need “{item}”: its pooled volume would show suppliers what they need. Leave it out of the tender (at least {minimum} participants are needed).</source>
      <translation>Only {count} participants need “{item}”: its pooled volume would show suppliers what they need. Leave it out of the tender (at least {minimum} participants are needed).</translation>
    </message>
    <message>
      <source>Choose the closed collection the tender is built on.</source>
      <translation>Choose the closed collection the tender is built on.</translation>
    </message>
    <message>
      <source>{title} is not closed yet: a tender is built on closed collections only.</source>
      <translation>{title} is not closed yet: a tender is built on closed collections only.</translation>
    </message>
    <message>
      <source>The collections of one tender must be of the same category.</source>
      <translation>The collections of one tender must be of the same category.</translation>
    </message>
    <message>
      <source>{title} is published: round 1's suppliers are fixed; later rounds choose their own shortlist.</source>
      <translation>{title} is published: round 1's suppliers are fixed; later rounds choose their own shortlist.</translation>
    </message>
    <message>
      <source>The opening passphrase needs at least {minimum} characters (a few words are easiest to remember).</source>
      <translation>The opening passphrase needs at least {minimum} characters (a few words are easiest to remember).</translation>
    </message>
    <message>
      <source>The deadline for bids must lie in the future.</source>
      <translation>The deadline for bids must lie in the future.</translation>
    </message>
    <message>
      <source>{title} is published already.</source>
      <translation>{title} is published already.</translation>
    </message>
    <message>
      <source>{title} invites no supplier yet.</source>
      <translation>{title} invites no supplier yet.</translation>
    </message>
    <message>
      <source>{title}: a further round starts after the last one was opened.</source>
      <translation>{title}: a further round starts after the last one was opened.</translation>
    </message>
    <message>
      <source>Invite at least one supplier.</source>
      <translation>Invite at least one supplier.</translation>
    </message>
    <message>
      <source>A further round invites suppliers of the previous round only (a shortlist).</source>
      <translation>A further round invites suppliers of the previous round only (a shortlist).</translation>
    </message>
    <message>
      <source>Say why the tender is cancelled.</source>
      <translation>Say why the tender is cancelled.</translation>
    </message>
    <message>
      <source>{title} has no round open for bids: there is nothing to invite to.</source>
      <extracomment>column key → header per language; the bid import accepts both languages' headers</extracomment>
      <translation>{title} has no round open for bids: there is nothing to invite to.</translation>
    </message>
    <message>
      <source>Organisation #{id} is not invited to round {number} of {title}.</source>
      <translation>Organisation #{id} is not invited to round {number} of {title}.</translation>
    </message>
    <message>
      <source>The office needs a name for its letterhead.</source>
      <extracomment>street and town, one line each</extracomment>
      <translation>The office needs a name for its letterhead.</translation>
    </message>
    <message>
      <source>At most 200 characters, please.</source>
      <translation>At most 200 characters, please.</translation>
    </message>
    <message>
      <source>The agreement no longer exists.</source>
      <translation>The agreement no longer exists.</translation>
    </message>
    <message>
      <source>{name} was neither a member nor a customer of the pool in {year}.</source>
      <translation>{name} was neither a member nor a customer of the pool in {year}.</translation>
    </message>
    <message>
      <source>The organisation no longer exists.</source>
      <translation>The organisation no longer exists.</translation>
    </message>
    <message>
      <source>The name or the password is wrong. Check both and try again.</source>
      <translation>The name or the password is wrong. Check both and try again.</translation>
    </message>
    <message>
      <source>Too many wrong passwords for {login}. The next attempt is possible in {seconds} seconds.</source>
      <translation>Too many wrong passwords for {login}. The next attempt is possible in {seconds} seconds.</translation>
    </message>
    <message>
      <source>The account {login} is deactivated. An administrator can turn it on again.</source>
      <translation>The account {login} is deactivated. An administrator can turn it on again.</translation>
    </message>
    <message>
      <source>There is no account with the id {id}.</source>
      <translation>There is no account with the id {id}.</translation>
    </message>
    <message>
      <source>There is no account named {login}.</source>
      <translation>There is no account named {login}.</translation>
    </message>
    <message>
      <source>A sign-in name is needed (letters, digits, . - _).</source>
      <translation>A sign-in name is needed (letters, digits, . - _).</translation>
    </message>
    <message>
      <source>The sign-in name {login} is already an account.</source>
      <translation>The sign-in name {login} is already an account.</translation>
    </message>
    <message>
      <source>The password needs at least {length} characters.</source>
      <translation>The password needs at least {length} characters.</translation>
    </message>
    <message>
      <source>An account needs at least one role.</source>
      <translation>An account needs at least one role.</translation>
    </message>
    <message>
      <source>A procurement head is bound to one participant organisation: choose it.</source>
      <translation>A procurement head is bound to one participant organisation: choose it.</translation>
    </message>
    <message>
      <source>Only a procurement head is bound to an organisation.</source>
      <translation>Only a procurement head is bound to an organisation.</translation>
    </message>
    <message>
      <source>{login} is the last active administrator while accounts are on. Make another account an administrator first, or turn accounts off.</source>
      <translation>{login} is the last active administrator while accounts are on. Make another account an administrator first, or turn accounts off.</translation>
    </message>
    <message>
      <source>Accounts cannot be turned off on a shared PostgreSQL database: there every account is a database role, and signing in is how the database knows who is working.</source>
      <translation>Accounts cannot be turned off on a shared PostgreSQL database: there every account is a database role, and signing in is how the database knows who is working.</translation>
    </message>
    <message>
      <source>Accounts can be turned on only when there is an active administrator with a password (niro-desk user add NAME --role admin).</source>
      <translation>Accounts can be turned on only when there is an active administrator with a password (niro-desk user add NAME --role admin).</translation>
    </message>
    <message>
      <source>There is no audit entry with the id {id}.</source>
      <translation>There is no audit entry with the id {id}.</translation>
    </message>
    <message>
      <source>{count} entries match: narrow the filter to at most {limit} for an export.</source>
      <translation>{count} entries match: narrow the filter to at most {limit} for an export.</translation>
    </message>
    <message>
      <source>{user} may not do this: it needs the permission “{permission}”.</source>
      <translation>{user} may not do this: it needs the permission “{permission}”.</translation>
    </message>
    <message>
      <source>{user} is not an active account: sign in with an account to do this.</source>
      <translation>{user} is not an active account: sign in with an account to do this.</translation>
    </message>
    <message>
      <source>Accounts are on: sign in with an account to see or change this.</source>
      <translation>Accounts are on: sign in with an account to see or change this.</translation>
    </message>
    <message>
      <source>{user} may only see and change the data of its own organisation.</source>
      <translation>{user} may only see and change the data of its own organisation.</translation>
    </message>
    <message>
      <source>{title} has no opened round yet: the evaluation workbook is written only after an opening, because the bids are sealed until then.</source>
      <translation>{title} has no opened round yet: the evaluation workbook is written only after an opening, because the bids are sealed until then.</translation>
    </message>
    <message>
      <source>{title} is cancelled: no evaluation workbook is written for it.</source>
      <translation>{title} is cancelled: no evaluation workbook is written for it.</translation>
    </message>
    <message>
      <source>{name} is no customer: only customers pay a service fee.</source>
      <translation>{name} is no customer: only customers pay a service fee.</translation>
    </message>
    <message>
      <source>The service fee #{id} no longer exists.</source>
      <translation>The service fee #{id} no longer exists.</translation>
    </message>
    <message>
      <source>The service fee is not an amount.</source>
      <translation>The service fee is not an amount.</translation>
    </message>
    <message>
      <source>The service fee must be an amount of 0 or more with at most two decimal places.</source>
      <translation>The service fee must be an amount of 0 or more with at most two decimal places.</translation>
    </message>
    <message>
      <source>The agreement #{id} no longer exists.</source>
      <translation>The agreement #{id} no longer exists.</translation>
    </message>
    <message>
      <source>{name} never took part in the agreement “{agreement}”: choose one of its agreements or the pool as a whole.</source>
      <translation>{name} never took part in the agreement “{agreement}”: choose one of its agreements or the pool as a whole.</translation>
    </message>
    <message>
      <source>A service fee from this day is already recorded for the same agreement: edit that one or choose another day.</source>
      <translation>A service fee from this day is already recorded for the same agreement: edit that one or choose another day.</translation>
    </message>
    <message>
      <source>Database roles exist only on a shared PostgreSQL database; this database is SQLite, where the application's own checks are all there is.</source>
      <translation>Database roles exist only on a shared PostgreSQL database; this database is SQLite, where the application's own checks are all there is.</translation>
    </message>
    <message>
      <source>{login} cannot be a database role name: use at most 63 letters, digits and . _ @ -, starting with a letter or _, and not a reserved name.</source>
      <translation>{login} cannot be a database role name: use at most 63 letters, digits and . _ @ -, starting with a letter or _, and not a reserved name.</translation>
    </message>
    <message>
      <source>{prefix} cannot be a role prefix: use at most 40 lowercase letters, digits and _, starting with a letter or _.</source>
      <translation>{prefix} cannot be a role prefix: use at most 40 lowercase letters, digits and _, starting with a letter or _.</translation>
    </message>
    <message>
      <source>The database server already has a role {login} that NIRO Desk did not create; it is left alone. Choose another login name.</source>
      <translation>The database server already has a role {login} that NIRO Desk did not create; it is left alone. Choose another login name.</translation>
    </message>
    <message>
      <source>The roles of this database are already set up with the prefix {prefix}; run setup-roles with --prefix {prefix} again, or not at all.</source>
      <translation>The roles of this database are already set up with the prefix {prefix}; run setup-roles with --prefix {prefix} again, or not at all.</translation>
    </message>
    <message>
      <source>The database roles are not set up yet: the database owner runs niro-desk db setup-roles once.</source>
      <translation>The database roles are not set up yet: the database owner runs niro-desk db setup-roles once.</translation>
    </message>
  </context>
  <context>
    <name>NextRoundDialog</name>
    <message>
      <source>Further round</source>
      <translation>Further round</translation>
    </message>
    <message>
      <source>Deadline (Berlin time)</source>
      <translation>Deadline (Berlin time)</translation>
    </message>
    <message>
      <source>Shortlist</source>
      <translation>Shortlist</translation>
    </message>
  </context>
  <context>
    <name>OpenRoundDialog</name>
    <message>
      <source>Open round %1</source>
      <translation>Open round %1</translation>
    </message>
    <message>
      <source>Deadline: %1 (Berlin time). Opening decrypts the bids received in time (and late bids that were admitted); it is recorded with your name, the time and who is present.</source>
      <translation>Deadline: %1 (Berlin time). Opening decrypts the bids received in time (and late bids that were admitted); it is recorded with your name, the time and who is present.</translation>
    </message>
    <message>
      <source>One person per line, e.g. a board member</source>
      <translation>One person per line, e.g. a board member</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>Opening passphrase</source>
      <translation>Opening passphrase</translation>
    </message>
    <message>
      <source>Open the bids</source>
      <translation>Open the bids</translation>
    </message>
    <message>
      <source>The passphrase does not open this round. Nothing was opened; the attempt is recorded.</source>
      <translation>The passphrase does not open this round. Nothing was opened; the attempt is recorded.</translation>
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>NIRO Desk</source>
      <translation>NIRO Desk</translation>
    </message>
  </context>
  <context>
    <name>OptInDialog</name>
    <message>
      <source>Join %1</source>
      <translation>Join %1</translation>
    </message>
    <message>
      <source>Volumes in %1</source>
      <translation>Volumes in %1</translation>
    </message>
    <message>
      <source>may be named to the supplier with its volumes</source>
      <translation>may be named to the supplier with its volumes</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Agreed price</source>
      <translation>Agreed price</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Volume per year</translation>
    </message>
    <message>
      <source>Baseline price (€)</source>
      <translation>Baseline price (€)</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Nobody else may join: every current member and customer takes part.</source>
      <translation>Nobody else may join: every current member and customer takes part.</translation>
    </message>
    <message>
      <source>&amp;Participant</source>
      <translation>&amp;Participant</translation>
    </message>
    <message>
      <source>&amp;Joins on</source>
      <translation>&amp;Joins on</translation>
    </message>
    <message>
      <source>Volumes and baseline prices come from the participant's current requirements where there are some; change them as agreed.</source>
      <translation>Volumes and baseline prices come from the participant's current requirements where there are some; change them as agreed.</translation>
    </message>
    <message>
      <source>entered</source>
      <translation>entered</translation>
    </message>
    <message>
      <source>requirement</source>
      <translation>requirement</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>not a number</translation>
    </message>
    <message>
      <source>Check the marked cells: %1</source>
      <translation>Check the marked cells: %1</translation>
    </message>
  </context>
  <context>
    <name>OrganisationAgreementModel</name>
    <message>
      <source>Agreement</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>Joined</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Volume per year</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Legal form:</source>
      <translation>&amp;Legal form:</translation>
    </message>
    <message>
      <source>&amp;Street:</source>
      <translation>&amp;Street:</translation>
    </message>
    <message>
      <source>Postal code, city, country:</source>
      <translation>Postal code, city, country:</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Region:</translation>
    </message>
    <message>
      <source>&amp;Website:</source>
      <translation>&amp;Website:</translation>
    </message>
    <message>
      <source>&amp;VAT ID:</source>
      <translation>&amp;VAT ID:</translation>
    </message>
    <message>
      <source>&amp;Employees:</source>
      <translation>&amp;Employees:</translation>
    </message>
    <message>
      <source>&amp;Application date:</source>
      <translation>&amp;Application date:</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>N&amp;otes:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <source>New member application</source>
      <translation>New member application</translation>
    </message>
    <message>
      <source>New customer</source>
      <translation>New customer</translation>
    </message>
    <message>
      <source>New supplier</source>
      <translation>New supplier</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Legal form</source>
      <translation>Legal form</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>VAT ID</source>
      <translation>VAT ID</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Employees</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Enter a whole number, e.g. 120.</source>
      <translation>Enter a whole number, e.g. 120.</translation>
    </message>
  </context>
  <context>
    <name>OrganisationPanel</name>
    <message>
      <source>Choose an organisation in the list to see its details.</source>
      <translation>Choose an organisation in the list to see its details.</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Company</translation>
    </message>
    <message>
      <source>Sales &amp;&amp; usage</source>
      <translation>Sales &amp;&amp; usage</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <source>Membership &amp;&amp; fees</source>
      <translation>Membership &amp;&amp; fees</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Legal form:</source>
      <translation>Legal form:</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>Address:</translation>
    </message>
    <message>
      <source>Region:</source>
      <translation>Region:</translation>
    </message>
    <message>
      <source>Website:</source>
      <translation>Website:</translation>
    </message>
    <message>
      <source>VAT ID:</source>
      <translation>VAT ID:</translation>
    </message>
    <message>
      <source>Employees:</source>
      <translation>Employees:</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>&amp;Edit company…</source>
      <translation>&amp;Edit company…</translation>
    </message>
    <message>
      <source>Sells in the industry classes (NACE)</source>
      <translation>Sells in the industry classes (NACE)</translation>
    </message>
    <message>
      <source>Product markets</source>
      <translation>Product markets</translation>
    </message>
    <message>
      <source>Buys and uses (never a conflict)</source>
      <translation>Buys and uses (never a conflict)</translation>
    </message>
    <message>
      <source>Edit sales &amp;&amp; &amp;usage…</source>
      <translation>Edit sales &amp;&amp; &amp;usage…</translation>
    </message>
    <message>
      <source>No changes recorded yet.</source>
      <translation>No changes recorded yet.</translation>
    </message>
    <message>
      <source>no notes</source>
      <translation>no notes</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>none recorded</translation>
    </message>
    <message>
      <source>Contacts (%1)</source>
      <translation>Contacts (%1)</translation>
    </message>
    <message>
      <source>The history of changes is kept for the office.</source>
      <translation>The history of changes is kept for the office.</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Tenders</translation>
    </message>
    <message>
      <source>Service fees</source>
      <translation>Service fees</translation>
    </message>
    <message>
      <source>founding member</source>
      <translation>founding member</translation>
    </message>
  </context>
  <context>
    <name>OtherDatabaseDialog</name>
    <message>
      <source>Choose another database</source>
      <translation>Choose another database</translation>
    </message>
    <message>
      <source>A database file on this PC (SQLite), or the address of the PostgreSQL database the office PCs share.</source>
      <translation>A database file on this PC (SQLite), or the address of the PostgreSQL database the office PCs share.</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Choose a file…</translation>
    </message>
    <message>
      <source>Choose a NIRO Desk database</source>
      <translation>Choose a NIRO Desk database</translation>
    </message>
    <message>
      <source>NIRO Desk database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation>NIRO Desk database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>ParticipantModel</name>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>Joined</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Volume per year</translation>
    </message>
    <message>
      <source>Baseline price</source>
      <translation>Baseline price</translation>
    </message>
    <message>
      <source>Named to supplier</source>
      <translation>Named to supplier</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>ParticipantStateModel</name>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source>Procurement head</source>
      <translation>Procurement head</translation>
    </message>
    <message>
      <source>taken out: %1</source>
      <translation>taken out: %1</translation>
    </message>
    <message>
      <source>not answered yet</source>
      <translation>not answered yet</translation>
    </message>
    <message>
      <source>answered on %1 (%2)</source>
      <translation>answered on %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>ParticipationsTab</name>
    <message>
      <source>Only the office sees the participations of other organisations.</source>
      <translation>Only the office sees the participations of other organisations.</translation>
    </message>
    <message>
      <source>Takes part in %1 agreements now; %2 ended.</source>
      <translation>Takes part in %1 agreements now; %2 ended.</translation>
    </message>
    <message>
      <source>Takes part in no framework agreement.</source>
      <translation>Takes part in no framework agreement.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <source>New password for %1</source>
      <translation>New password for %1</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>Password &amp;again:</source>
      <translation>Password &amp;again:</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>PrintActions</name>
    <message>
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Statement</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <source>Try again</source>
      <translation>Try again</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <source>too short</source>
      <translation>too short</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>strong</translation>
    </message>
    <message>
      <source>good</source>
      <translation>good</translation>
    </message>
    <message>
      <source>weak: longer is better (a few words)</source>
      <translation>weak: longer is better (a few words)</translation>
    </message>
    <message>
      <source>Publish tender</source>
      <translation>Publish tender</translation>
    </message>
    <message>
      <source>&lt;b&gt;Keep the opening passphrase safe.&lt;/b&gt; The bids are encrypted to it: before opening nobody can read a price, not even with full access to the database. The opening committee needs it to open each round. &lt;b&gt;If the passphrase is lost, the bids cannot be opened by anyone and must be requested again from the suppliers.&lt;/b&gt; NIRO Desk does not store it.</source>
      <translation>&lt;b&gt;Keep the opening passphrase safe.&lt;/b&gt; The bids are encrypted to it: before opening nobody can read a price, not even with full access to the database. The opening committee needs it to open each round. &lt;b&gt;If the passphrase is lost, the bids cannot be opened by anyone and must be requested again from the suppliers.&lt;/b&gt; NIRO Desk does not store it.</translation>
    </message>
    <message>
      <source>Tender</source>
      <translation>Tender</translation>
    </message>
    <message>
      <source>Deadline of round 1 (Berlin time)</source>
      <translation>Deadline of round 1 (Berlin time)</translation>
    </message>
    <message>
      <source>Opening passphrase</source>
      <translation>Opening passphrase</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Repeat passphrase</translation>
    </message>
    <message>
      <source>Publish</source>
      <translation>Publish</translation>
    </message>
    <message>
      <source>Strength: %1</source>
      <translation>Strength: %1</translation>
    </message>
    <message>
      <source>the two entries differ</source>
      <translation>the two entries differ</translation>
    </message>
  </context>
  <context>
    <name>RankingDialog</name>
    <message>
      <source>Ranking of a procurement head</source>
      <translation>Ranking of a procurement head</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Up</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Down</translation>
    </message>
    <message>
      <source>Most important first. Untick the categories this head did not rank: they earn no points from this head.</source>
      <translation>Most important first. Untick the categories this head did not rank: they earn no points from this head.</translation>
    </message>
    <message>
      <source>&amp;Head:</source>
      <translation>&amp;Head:</translation>
    </message>
  </context>
  <context>
    <name>RankingModel</name>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Price points</source>
      <translation>Price points</translation>
    </message>
    <message>
      <source>Criterion scores</source>
      <translation>Criterion scores</translation>
    </message>
    <message>
      <source>Weighted score</source>
      <translation>Weighted score</translation>
    </message>
    <message>
      <source>Savings estimate</source>
      <translation>Savings estimate</translation>
    </message>
    <message>
      <source>(not fully scored)</source>
      <translation>(not fully scored)</translation>
    </message>
  </context>
  <context>
    <name>RelationDialog</name>
    <message>
      <source>Declare a relation of %1</source>
      <translation>Declare a relation of %1</translation>
    </message>
    <message>
      <source>competes with %1</source>
      <translation>competes with %1</translation>
    </message>
    <message>
      <source>does not compete with %1 (clears a false alarm of the check)</source>
      <translation>does not compete with %1 (clears a false alarm of the check)</translation>
    </message>
    <message>
      <source>What the board reads, e.g. different customers</source>
      <translation>What the board reads, e.g. different customers</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <source>Relation:</source>
      <translation>Relation:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>Choose an organisation from the list.</source>
      <translation>Choose an organisation from the list.</translation>
    </message>
  </context>
  <context>
    <name>RelationModel</name>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Declared</source>
      <translation>Declared</translation>
    </message>
  </context>
  <context>
    <name>ReloadNotice</name>
    <message>
      <source>The dialog now shows the record as saved there, with your changes applied on top. Check it and save again.</source>
      <translation>The dialog now shows the record as saved there, with your changes applied on top. Check it and save again.</translation>
    </message>
    <message>
      <source>Changed on both PCs; your entry is kept (theirs in brackets):</source>
      <translation>Changed on both PCs; your entry is kept (theirs in brackets):</translation>
    </message>
  </context>
  <context>
    <name>ReminderDialog</name>
    <message>
      <source>Not answered yet: %1</source>
      <translation>Not answered yet: %1</translation>
    </message>
    <message>
      <source>%1 participant(s) have not answered; the deadline is %2.</source>
      <translation>%1 participant(s) have not answered; the deadline is %2.</translation>
    </message>
    <message>
      <source>Copy addresses</source>
      <translation>Copy addresses</translation>
    </message>
    <message>
      <source>Prepare reminder e-mails…</source>
      <translation>Prepare reminder e-mails…</translation>
    </message>
    <message>
      <source>E-mail addresses of their procurement heads (for To or Bcc):</source>
      <translation>E-mail addresses of their procurement heads (for To or Bcc):</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Written to %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsArea</name>
    <message>
      <source>Member statements…</source>
      <translation>Member statements…</translation>
    </message>
    <message>
      <source>Every member's statement of the year as a PDF letter, into one folder</source>
      <translation>Every member's statement of the year as a PDF letter, into one folder</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>Letterhead…</source>
      <translation>Letterhead…</translation>
    </message>
    <message>
      <source>The office's name and address on the printed documents</source>
      <translation>The office's name and address on the printed documents</translation>
    </message>
    <message>
      <source>Statement…</source>
      <translation>Statement…</translation>
    </message>
    <message>
      <source>The selected member's statement as a PDF</source>
      <translation>The selected member's statement as a PDF</translation>
    </message>
    <message>
      <source>Membership value</source>
      <translation>Membership value</translation>
    </message>
    <message>
      <source>Savings per category</source>
      <translation>Savings per category</translation>
    </message>
    <message>
      <source>Agreements by state</source>
      <translation>Agreements by state</translation>
    </message>
    <message>
      <source>Pooled demand</source>
      <translation>Pooled demand</translation>
    </message>
    <message>
      <source>Savings of the last years (up to five) per category of the agreements.</source>
      <translation>Savings of the last years (up to five) per category of the agreements.</translation>
    </message>
    <message>
      <source>No savings yet: no active agreement with participants.</source>
      <translation>No savings yet: no active agreement with participants.</translation>
    </message>
    <message>
      <source>No requirement collections with answers yet.</source>
      <translation>No requirement collections with answers yet.</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Savings</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Fee</translation>
    </message>
    <message>
      <source>No members in %1.</source>
      <translation>No members in %1.</translation>
    </message>
    <message>
      <source>Savings %1 against fees of %2; %3 of %4 with a fee saved at least their fee.</source>
      <translation>Savings %1 against fees of %2; %3 of %4 with a fee saved at least their fee.</translation>
    </message>
    <message>
      <source>Savings = (baseline − agreed price) × yearly volume × the part of the year the participation was active within the agreement's term (days / days in the year), rounded to cents in the total. Fees that change in the year count pro rata by days; customers: their service fees. Items without a baseline count as no saving.</source>
      <translation>Savings = (baseline − agreed price) × yearly volume × the part of the year the participation was active within the agreement's term (days / days in the year), rounded to cents in the total. Fees that change in the year count pro rata by days; customers: their service fees. Items without a baseline count as no saving.</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>expired</translation>
    </message>
    <message>
      <source>terminated</source>
      <translation>terminated</translation>
    </message>
    <message>
      <source>Folder for the statements</source>
      <translation>Folder for the statements</translation>
    </message>
    <message>
      <source>Statements-%1</source>
      <translation>Statements-%1</translation>
    </message>
    <message>
      <source>Member statements</source>
      <translation>Member statements</translation>
    </message>
    <message>
      <source>%1 statements written to %2</source>
      <translation>%1 statements written to %2</translation>
    </message>
    <message>
      <source>Cancelled: %1 statements were written to %2.</source>
      <translation>Cancelled: %1 statements were written to %2.</translation>
    </message>
    <message>
      <source>Writing the member statements…</source>
      <translation>Writing the member statements…</translation>
    </message>
  </context>
  <context>
    <name>RequirementLabels</name>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>by hand</source>
      <translation>by hand</translation>
    </message>
    <message>
      <source>workbook</source>
      <translation>workbook</translation>
    </message>
    <message>
      <source>(no region)</source>
      <translation>(no region)</translation>
    </message>
  </context>
  <context>
    <name>RequirementLineModel</name>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Volume per year</source>
      <translation>Volume per year</translation>
    </message>
    <message>
      <source>Delivery sites</source>
      <translation>Delivery sites</translation>
    </message>
    <message>
      <source>Today's supplier</source>
      <translation>Today's supplier</translation>
    </message>
    <message>
      <source>Today's unit price</source>
      <translation>Today's unit price</translation>
    </message>
    <message>
      <source>Contract ends</source>
      <translation>Contract ends</translation>
    </message>
    <message>
      <source>Notice by</source>
      <translation>Notice by</translation>
    </message>
  </context>
  <context>
    <name>RequirementsArea</name>
    <message>
      <source>Requirement collections</source>
      <translation>Requirement collections</translation>
    </message>
    <message>
      <source>Negotiation rounds</source>
      <translation>Negotiation rounds</translation>
    </message>
    <message>
      <source>Categories and items</source>
      <translation>Categories and items</translation>
    </message>
  </context>
  <context>
    <name>RestoreConfirmation</name>
    <message>
      <source>Now in the database</source>
      <translation>Now in the database</translation>
    </message>
    <message>
      <source>In the backup</source>
      <translation>In the backup</translation>
    </message>
    <message>
      <source>Restore database</source>
      <translation>Restore database</translation>
    </message>
    <message>
      <source>Replace all data of %1 with this backup?</source>
      <translation>Replace all data of %1 with this backup?</translation>
    </message>
    <message>
      <source>The backup passed every check. A safety copy of the current data is written first: restoring that copy undoes this step.</source>
      <translation>The backup passed every check. A safety copy of the current data is written first: restoring that copy undoes this step.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <source>New negotiation round</source>
      <translation>New negotiation round</translation>
    </message>
    <message>
      <source>Negotiation round</source>
      <translation>Negotiation round</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes:</translation>
    </message>
    <message>
      <source>Categories on the agenda</source>
      <translation>Categories on the agenda</translation>
    </message>
    <message>
      <source>Attending procurement heads (members and customers)</source>
      <translation>Attending procurement heads (members and customers)</translation>
    </message>
  </context>
  <context>
    <name>RoundListModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Heads</source>
      <translation>Heads</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Decided</translation>
    </message>
  </context>
  <context>
    <name>RoundsTab</name>
    <message>
      <source>Combined ranking by Borda count: with n categories on the agenda, each head's first place earns n − 1 points, the second n − 2, and so on down to 0 for the last; categories a head did not rank earn nothing from that head. Categories are ordered by their total points; ties go to more first places, then to the name.</source>
      <translation>Combined ranking by Borda count: with n categories on the agenda, each head's first place earns n − 1 points, the second n − 2, and so on down to 0 for the last; categories a head did not rank earn nothing from that head. Categories are ordered by their total points; ties go to more first places, then to the name.</translation>
    </message>
    <message>
      <source>New round…</source>
      <translation>New round…</translation>
    </message>
    <message>
      <source>Edit round…</source>
      <translation>Edit round…</translation>
    </message>
    <message>
      <source>Enter ranking…</source>
      <translation>Enter ranking…</translation>
    </message>
    <message>
      <source>Decisions…</source>
      <translation>Decisions…</translation>
    </message>
    <message>
      <source>Rankings of the attending heads</source>
      <translation>Rankings of the attending heads</translation>
    </message>
    <message>
      <source>No negotiation round yet.</source>
      <translation>No negotiation round yet.</translation>
    </message>
    <message>
      <source>%1 · %2 heads attended</source>
      <translation>%1 · %2 heads attended</translation>
    </message>
    <message>
      <source>Each head's own ranking is shown to the office only; the combined ranking above counts them all.</source>
      <translation>Each head's own ranking is shown to the office only; the combined ranking above counts them all.</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Notes: %1</translation>
    </message>
  </context>
  <context>
    <name>SalesProfileDialog</name>
    <message>
      <source>Sales &amp; usage of %1</source>
      <translation>Sales &amp; usage of %1</translation>
    </message>
    <message>
      <source>Search by code or words, e.g. 25.62, C 25.62.0, Pumpen or pumps</source>
      <translation>Search by code or words, e.g. 25.62, C 25.62.0, Pumpen or pumps</translation>
    </message>
    <message>
      <source>Add →</source>
      <translation>Add →</translation>
    </message>
    <message>
      <source>← Remove</source>
      <translation>← Remove</translation>
    </message>
    <message>
      <source>Industry classes it sells in (NACE Rev. 2 / WZ 2008)</source>
      <translation>Industry classes it sells in (NACE Rev. 2 / WZ 2008)</translation>
    </message>
    <message>
      <source>Chosen classes:</source>
      <translation>Chosen classes:</translation>
    </message>
    <message>
      <source>One per line, e.g. Hydraulic pumps</source>
      <translation>One per line, e.g. Hydraulic pumps</translation>
    </message>
    <message>
      <source>One per line, e.g. Steel, Electricity</source>
      <translation>One per line, e.g. Steel, Electricity</translation>
    </message>
    <message>
      <source>Product markets it sells in</source>
      <translation>Product markets it sells in</translation>
    </message>
    <message>
      <source>Materials and inputs it buys</source>
      <translation>Materials and inputs it buys</translation>
    </message>
    <message>
      <source>Shared inputs never make two companies competitors.</source>
      <translation>Shared inputs never make two companies competitors.</translation>
    </message>
    <message>
      <source>Competitor check</source>
      <translation>Competitor check</translation>
    </message>
    <message>
      <source>Saved. The competitor check now finds conflicts:</source>
      <translation>Saved. The competitor check now finds conflicts:</translation>
    </message>
  </context>
  <context>
    <name>ScoresDialog</name>
    <message>
      <source>Scores of %1</source>
      <translation>Scores of %1</translation>
    </message>
    <message>
      <source>0 = unacceptable … 100 = excellent. Price is scored from the bids.</source>
      <translation>0 = unacceptable … 100 = excellent. Price is scored from the bids.</translation>
    </message>
  </context>
  <context>
    <name>SealedBidModel</name>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Lot</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>replaced by a later bid</source>
      <translation>replaced by a later bid</translation>
    </message>
    <message>
      <source>late, admitted: %1</source>
      <translation>late, admitted: %1</translation>
    </message>
    <message>
      <source>late: excluded unless admitted</source>
      <translation>late: excluded unless admitted</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>opened</translation>
    </message>
    <message>
      <source>sealed</source>
      <translation>sealed</translation>
    </message>
  </context>
  <context>
    <name>ServiceAction</name>
    <message>
      <source>Database busy</source>
      <translation>Database busy</translation>
    </message>
    <message>
      <source>Changed on another PC</source>
      <translation>Changed on another PC</translation>
    </message>
    <message>
      <source>Reload it with the other changes and apply yours on top? You can check everything before you save again.</source>
      <translation>Reload it with the other changes and apply yours on top? You can check everything before you save again.</translation>
    </message>
  </context>
  <context>
    <name>ServiceFeeDialog</name>
    <message>
      <source>New service fee for %1</source>
      <translation>New service fee for %1</translation>
    </message>
    <message>
      <source>Service fee of %1</source>
      <translation>Service fee of %1</translation>
    </message>
    <message>
      <source>All agreements (pool as a whole)</source>
      <translation>All agreements (pool as a whole)</translation>
    </message>
    <message>
      <source>Valid &amp;from:</source>
      <translation>Valid &amp;from:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>&amp;Annual fee:</source>
      <translation>&amp;Annual fee:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <source>Enter an amount such as %1.</source>
      <translation>Enter an amount such as %1.</translation>
    </message>
  </context>
  <context>
    <name>ServiceFeeModel</name>
    <message>
      <source>Valid from</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <source>For</source>
      <translation>For</translation>
    </message>
    <message>
      <source>Annual fee</source>
      <translation>Annual fee</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>all agreements (pool as a whole)</source>
      <translation>all agreements (pool as a whole)</translation>
    </message>
  </context>
  <context>
    <name>ServiceFeesTab</name>
    <message>
      <source>No service fee recorded.</source>
      <translation>No service fee recorded.</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Add…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>Remove service fee</source>
      <translation>Remove service fee</translation>
    </message>
    <message>
      <source>Remove the service fee of %1 a year valid from %2? The history keeps it.</source>
      <translation>Remove the service fee of %1 a year valid from %2? The history keeps it.</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>Sign in to NIRO Desk</source>
      <extracomment>the database to go on with after ``accept`` (the account's own on a shared database)</extracomment>
      <translation>Sign in to NIRO Desk</translation>
    </message>
    <message>
      <source>Accounts are on for this database: sign in with your name and password.</source>
      <translation>Accounts are on for this database: sign in with your name and password.</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Sign in</source>
      <translation>&amp;Sign in</translation>
    </message>
    <message>
      <source>Enter your name.</source>
      <translation>Enter your name.</translation>
    </message>
    <message>
      <source>Too many wrong passwords: the next attempt is possible in %1 seconds.</source>
      <translation>Too many wrong passwords: the next attempt is possible in %1 seconds.</translation>
    </message>
    <message>
      <source>Wait %1 s</source>
      <translation>Wait %1 s</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>What needs doing now</source>
      <translation>What needs doing now</translation>
    </message>
    <message>
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <source>How far ahead deadlines are shown</source>
      <translation>How far ahead deadlines are shown</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Looking ahead:</source>
      <translation>Looking ahead:</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Loading what needs doing…</source>
      <translation>Loading what needs doing…</translation>
    </message>
    <message>
      <source>Welcome to NIRO Desk</source>
      <translation>Welcome to NIRO Desk</translation>
    </message>
    <message>
      <source>No members are recorded yet. Start with the network's member list: import it from an Excel workbook (a preview shows what will be imported before anything is saved), or record the first application by hand. Once there are members, tenders and agreements, this page shows what needs doing now.</source>
      <translation>No members are recorded yet. Start with the network's member list: import it from an Excel workbook (a preview shows what will be imported before anything is saved), or record the first application by hand. Once there are members, tenders and agreements, this page shows what needs doing now.</translation>
    </message>
    <message>
      <source>Import member list from Excel…</source>
      <translation>Import member list from Excel…</translation>
    </message>
    <message>
      <source>Record the first application…</source>
      <translation>Record the first application…</translation>
    </message>
    <message>
      <source>Double-click an entry or press Enter to open it. Red: overdue; amber: within %1 days.</source>
      <translation>Double-click an entry or press Enter to open it. Red: overdue; amber: within %1 days.</translation>
    </message>
    <message>
      <source>The agenda could not be loaded: %1</source>
      <translation>The agenda could not be loaded: %1</translation>
    </message>
    <message>
      <source>The agenda lists the office's deadlines for the whole pool; your account sees its own organisation's requirements and participations under Requirements and Agreements.</source>
      <translation>The agenda lists the office's deadlines for the whole pool; your account sees its own organisation's requirements and participations under Requirements and Agreements.</translation>
    </message>
    <message>
      <source>Nothing needs doing in the next %1 days: no notice deadlines, no agreements ending, no certificates running out, no collections or tender rounds overdue.</source>
      <translation>Nothing needs doing in the next %1 days: no notice deadlines, no agreements ending, no certificates running out, no collections or tender rounds overdue.</translation>
    </message>
    <message>
      <source>Tender rounds to open</source>
      <translation>Tender rounds to open</translation>
    </message>
    <message>
      <source>Agreements past their end</source>
      <translation>Agreements past their end</translation>
    </message>
    <message>
      <source>Notice deadlines</source>
      <translation>Notice deadlines</translation>
    </message>
    <message>
      <source>Agreements ending</source>
      <translation>Agreements ending</translation>
    </message>
    <message>
      <source>Expired certificates</source>
      <translation>Expired certificates</translation>
    </message>
    <message>
      <source>Certificates running out</source>
      <translation>Certificates running out</translation>
    </message>
    <message>
      <source>Collections past their deadline</source>
      <translation>Collections past their deadline</translation>
    </message>
    <message>
      <source>… and %1 more</source>
      <translation>… and %1 more</translation>
    </message>
    <message>
      <source>Round %1</source>
      <translation>Round %1</translation>
    </message>
    <message>
      <source>Supplier: %1</source>
      <translation>Supplier: %1</translation>
    </message>
    <message>
      <source>The supplier has an active agreement or takes part in a running tender.</source>
      <translation>The supplier has an active agreement or takes part in a running tender.</translation>
    </message>
    <message>
      <source>Renewed automatically %1 time(s) since the end date recorded; this is the current term's deadline.</source>
      <translation>Renewed automatically %1 time(s) since the end date recorded; this is the current term's deadline.</translation>
    </message>
    <message>
      <source>Still active: mark it expired, or record its extension.</source>
      <translation>Still active: mark it expired, or record its extension.</translation>
    </message>
    <message>
      <source>today</source>
      <translation>today</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>tomorrow</translation>
    </message>
    <message>
      <source>since yesterday</source>
      <translation>since yesterday</translation>
    </message>
    <message>
      <source>%1 days overdue</source>
      <translation>%1 days overdue</translation>
    </message>
    <message>
      <source>in %1 days</source>
      <translation>in %1 days</translation>
    </message>
  </context>
  <context>
    <name>SubmissionModel</name>
    <message>
      <source>Submitted</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>current</source>
      <translation>current</translation>
    </message>
    <message>
      <source>replaced on %1</source>
      <translation>replaced on %1</translation>
    </message>
    <message>
      <source>the office</source>
      <translation>the office</translation>
    </message>
  </context>
  <context>
    <name>SupplierHistoryModel</name>
    <message>
      <source>Tender</source>
      <translation>Tender</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Lot</translation>
    </message>
    <message>
      <source>Bid</source>
      <translation>Bid</translation>
    </message>
    <message>
      <source>Total (opened)</source>
      <translation>Total (opened)</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Awarded share</source>
      <translation>Awarded share</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>sealed</source>
      <translation>sealed</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <source>invited, no round yet</source>
      <translation>invited, no round yet</translation>
    </message>
    <message>
      <source>no bid yet</source>
      <translation>no bid yet</translation>
    </message>
    <message>
      <source>no bid</source>
      <translation>no bid</translation>
    </message>
    <message>
      <source>late, admitted</source>
      <translation>late, admitted</translation>
    </message>
    <message>
      <source>late, excluded</source>
      <translation>late, excluded</translation>
    </message>
    <message>
      <source>in time</source>
      <translation>in time</translation>
    </message>
  </context>
  <context>
    <name>SupplierHistoryTab</name>
    <message>
      <source>Framework agreements from awards</source>
      <translation>Framework agreements from awards</translation>
    </message>
    <message>
      <source>Bids are shown to the office only: your account does not see them.</source>
      <translation>Bids are shown to the office only: your account does not see them.</translation>
    </message>
    <message>
      <source>Invited to %1 tender(s), bid in %2 round(s), awarded %3 lot(s).</source>
      <translation>Invited to %1 tender(s), bid in %2 round(s), awarded %3 lot(s).</translation>
    </message>
    <message>
      <source>Not invited to any tender yet.</source>
      <translation>Not invited to any tender yet.</translation>
    </message>
  </context>
  <context>
    <name>SupplierListModel</name>
    <message>
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <source>Categories served</source>
      <translation>Categories served</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Certificates</translation>
    </message>
  </context>
  <context>
    <name>SuppliersDialog</name>
    <message>
      <source>no expiry date</source>
      <translation>no expiry date</translation>
    </message>
    <message>
      <source>expired %1 days ago</source>
      <translation>expired %1 days ago</translation>
    </message>
    <message>
      <source>expires today</source>
      <translation>expires today</translation>
    </message>
    <message>
      <source>expires in %1 days</source>
      <translation>expires in %1 days</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>valid</translation>
    </message>
    <message>
      <source>Suppliers: categories, certificates and tenders</source>
      <translation>Suppliers: categories, certificates and tenders</translation>
    </message>
    <message>
      <source>Save categories</source>
      <translation>Save categories</translation>
    </message>
    <message>
      <source>Add certificate</source>
      <translation>Add certificate</translation>
    </message>
    <message>
      <source>Remove certificate</source>
      <translation>Remove certificate</translation>
    </message>
    <message>
      <source>Categories served</source>
      <translation>Categories served</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Certificates</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Categories and certificates</source>
      <translation>Categories and certificates</translation>
    </message>
    <message>
      <source>Tenders</source>
      <translation>Tenders</translation>
    </message>
  </context>
  <context>
    <name>TenderDialog</name>
    <message>
      <source>New tender</source>
      <translation>New tender</translation>
    </message>
    <message>
      <source>one lot with all items</source>
      <translation>one lot with all items</translation>
    </message>
    <message>
      <source>one lot per item</source>
      <translation>one lot per item</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Quality</translation>
    </message>
    <message>
      <source>Delivery and service</source>
      <translation>Delivery and service</translation>
    </message>
    <message>
      <source>Sustainability</source>
      <translation>Sustainability</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Closed collection</source>
      <translation>Closed collection</translation>
    </message>
    <message>
      <source>Lots</source>
      <translation>Lots</translation>
    </message>
    <message>
      <source>Price weight</source>
      <translation>Price weight</translation>
    </message>
    <message>
      <source>Other criteria</source>
      <translation>Other criteria</translation>
    </message>
    <message>
      <source>Invited suppliers</source>
      <translation>Invited suppliers</translation>
    </message>
    <message>
      <source>Left out (fewer than three participants): %1</source>
      <translation>Left out (fewer than three participants): %1</translation>
    </message>
  </context>
  <context>
    <name>TenderLabels</name>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Round open</source>
      <translation>Round open</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <source>Awarded</source>
      <translation>Awarded</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>open for bids</source>
      <translation>open for bids</translation>
    </message>
    <message>
      <source>closed, sealed</source>
      <translation>closed, sealed</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>opened</translation>
    </message>
    <message>
      <source>other regions</source>
      <translation>other regions</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>expired</translation>
    </message>
    <message>
      <source>terminated</source>
      <translation>terminated</translation>
    </message>
  </context>
  <context>
    <name>TenderListModel</name>
    <message>
      <source>Tender</source>
      <translation>Tender</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
  </context>
  <context>
    <name>TenderView</name>
    <message>
      <source>Publish…</source>
      <translation>Publish…</translation>
    </message>
    <message>
      <source>Enter bid…</source>
      <translation>Enter bid…</translation>
    </message>
    <message>
      <source>Import bids…</source>
      <translation>Import bids…</translation>
    </message>
    <message>
      <source>Admit late bid…</source>
      <translation>Admit late bid…</translation>
    </message>
    <message>
      <source>Open round…</source>
      <translation>Open round…</translation>
    </message>
    <message>
      <source>Further round…</source>
      <translation>Further round…</translation>
    </message>
    <message>
      <source>Award…</source>
      <translation>Award…</translation>
    </message>
    <message>
      <source>Cancel tender…</source>
      <translation>Cancel tender…</translation>
    </message>
    <message>
      <source>Opening protocol (PDF)…</source>
      <translation>Opening protocol (PDF)…</translation>
    </message>
    <message>
      <source>Evaluation (PDF)…</source>
      <translation>Evaluation (PDF)…</translation>
    </message>
    <message>
      <source>Evaluation workbook…</source>
      <translation>Evaluation workbook…</translation>
    </message>
    <message>
      <source>Invitations (Excel)…</source>
      <translation>Invitations (Excel)…</translation>
    </message>
    <message>
      <source>Price points = 100 × best total ÷ supplier's total. Weighted score = Σ weight × points ÷ 100 over all criteria; a criterion not scored yet counts 0.</source>
      <translation>Price points = 100 × best total ÷ supplier's total. Weighted score = Σ weight × points ÷ 100 over all criteria; a criterion not scored yet counts 0.</translation>
    </message>
    <message>
      <source>Scores of the chosen supplier…</source>
      <translation>Scores of the chosen supplier…</translation>
    </message>
    <message>
      <source>Lots, suppliers, criteria</source>
      <translation>Lots, suppliers, criteria</translation>
    </message>
    <message>
      <source>Rounds and bids</source>
      <translation>Rounds and bids</translation>
    </message>
    <message>
      <source>Comparison and scoring</source>
      <translation>Comparison and scoring</translation>
    </message>
    <message>
      <source>Choose a tender on the left.</source>
      <translation>Choose a tender on the left.</translation>
    </message>
    <message>
      <source>round %1, deadline %2 (Berlin time), %3</source>
      <translation>round %1, deadline %2 (Berlin time), %3</translation>
    </message>
    <message>
      <source>Criteria</source>
      <translation>Criteria</translation>
    </message>
    <message>
      <source>Invited suppliers</source>
      <translation>Invited suppliers</translation>
    </message>
    <message>
      <source>Built on</source>
      <translation>Built on</translation>
    </message>
    <message>
      <source>Round %1</source>
      <translation>Round %1</translation>
    </message>
    <message>
      <source>Lot %1: %2</source>
      <translation>Lot %1: %2</translation>
    </message>
    <message>
      <source>Not published yet: no round.</source>
      <translation>Not published yet: no round.</translation>
    </message>
    <message>
      <source>Deadline %1 (Berlin time) · %2 · invited: %3</source>
      <translation>Deadline %1 (Berlin time) · %2 · invited: %3</translation>
    </message>
    <message>
      <source>Bids are shown to the office only: your account does not see them.</source>
      <translation>Bids are shown to the office only: your account does not see them.</translation>
    </message>
    <message>
      <source>Opened %1 by %2; present: %3</source>
      <translation>Opened %1 by %2; present: %3</translation>
    </message>
    <message>
      <source>The bids are sealed: no price can be shown before the round is opened.</source>
      <translation>The bids are sealed: no price can be shown before the round is opened.</translation>
    </message>
    <message>
      <source>known to the office only</source>
      <translation>known to the office only</translation>
    </message>
    <message>
      <source>No opened round yet: the bids are sealed.</source>
      <translation>No opened round yet: the bids are sealed.</translation>
    </message>
    <message>
      <source>No opened round yet: the bids are sealed, so there is nothing to compare.</source>
      <translation>No opened round yet: the bids are sealed, so there is nothing to compare.</translation>
    </message>
    <message>
      <source>Round %1; the best total is highlighted. Pooled volumes: %2</source>
      <translation>Round %1; the best total is highlighted. Pooled volumes: %2</translation>
    </message>
    <message>
      <source>Admit late bid</source>
      <translation>Admit late bid</translation>
    </message>
    <message>
      <source>Choose a late bid in the list of the round's bids first.</source>
      <translation>Choose a late bid in the list of the round's bids first.</translation>
    </message>
    <message>
      <source>Why is the late bid of %1 admitted? (recorded)</source>
      <translation>Why is the late bid of %1 admitted? (recorded)</translation>
    </message>
    <message>
      <source>Scores</source>
      <translation>Scores</translation>
    </message>
    <message>
      <source>Choose a supplier in the ranking first.</source>
      <translation>Choose a supplier in the ranking first.</translation>
    </message>
    <message>
      <source>Cancel tender</source>
      <translation>Cancel tender</translation>
    </message>
    <message>
      <source>Why is the tender cancelled? (recorded)</source>
      <translation>Why is the tender cancelled? (recorded)</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Written to %1</translation>
    </message>
    <message>
      <source>Save evaluation workbook</source>
      <translation>Save evaluation workbook</translation>
    </message>
    <message>
      <source>Evaluation-%1</source>
      <translation>Evaluation-%1</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>TendersArea</name>
    <message>
      <source>New tender…</source>
      <translation>New tender…</translation>
    </message>
    <message>
      <source>Suppliers…</source>
      <translation>Suppliers…</translation>
    </message>
    <message>
      <source>%1: %2 expired %3 days ago</source>
      <translation>%1: %2 expired %3 days ago</translation>
    </message>
    <message>
      <source>%1: %2 runs out in %3 days</source>
      <translation>%1: %2 runs out in %3 days</translation>
    </message>
    <message>
      <source>Suppliers' certificates</source>
      <translation>Suppliers' certificates</translation>
    </message>
  </context>
  <context>
    <name>Units</name>
    <message>
      <source>pairs</source>
      <extracomment>unit → (dimension, how many base units one of it is) the unit as shown next to numbers, the same in German and English where it is a symbol</extracomment>
      <translation>pairs</translation>
    </message>
    <message>
      <source>pieces</source>
      <translation>pieces</translation>
    </message>
    <message>
      <source>shipments</source>
      <translation>shipments</translation>
    </message>
    <message>
      <source>contracts</source>
      <translation>contracts</translation>
    </message>
  </context>
  <context>
    <name>WaitingListDialog</name>
    <message>
      <source>Waiting list</source>
      <translation>Waiting list</translation>
    </message>
    <message>
      <source>Nobody is waiting.</source>
      <translation>Nobody is waiting.</translation>
    </message>
    <message>
      <source>Admit…</source>
      <translation>Admit…</translation>
    </message>
    <message>
      <source>Members: %1 / %2 · free seats: %3. Seats that come free go in turn: by the date the application was received, then by the time it joined the list.</source>
      <translation>Members: %1 / %2 · free seats: %3. Seats that come free go in turn: by the date the application was received, then by the time it joined the list.</translation>
    </message>
  </context>
  <context>
    <name>WaitingListModel</name>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <source>Applied on</source>
      <translation>Applied on</translation>
    </message>
    <message>
      <source>Waiting since</source>
      <translation>Waiting since</translation>
    </message>
  </context>
  <context>
    <name>WhoKnowsDialog</name>
    <message>
      <source>Who knows…?</source>
      <translation>Who knows…?</translation>
    </message>
    <message>
      <source>Topic, e.g. ISO 9001, energy, Zoll, CNC — expertise or function</source>
      <translation>Topic, e.g. ISO 9001, energy, Zoll, CNC — expertise or function</translation>
    </message>
    <message>
      <source>Type a topic to find the people who know about it.</source>
      <translation>Type a topic to find the people who know about it.</translation>
    </message>
    <message>
      <source>People found: %1</source>
      <translation>People found: %1</translation>
    </message>
    <message>
      <source>Nobody found for “%1”.</source>
      <translation>Nobody found for “%1”.</translation>
    </message>
  </context>
  <context>
    <name>WorkbookActions</name>
    <message>
      <source>Write workbooks</source>
      <translation>Write workbooks</translation>
    </message>
    <message>
      <source>Prepare e-mails</source>
      <translation>Prepare e-mails</translation>
    </message>
    <message>
      <source>Prepare reminder e-mails</source>
      <translation>Prepare reminder e-mails</translation>
    </message>
    <message>
      <source>%1 workbook(s) written to %2.</source>
      <translation>%1 workbook(s) written to %2.</translation>
    </message>
    <message>
      <source>%1 workbook(s) and %2 e-mail draft(s) written to %3. Open each draft (.eml) in your e-mail program, check it and send it; NIRO Desk sends nothing.</source>
      <translation>%1 workbook(s) and %2 e-mail draft(s) written to %3. Open each draft (.eml) in your e-mail program, check it and send it; NIRO Desk sends nothing.</translation>
    </message>
    <message>
      <source>No e-mail address for: %1. Send them their workbooks yourself.</source>
      <translation>No e-mail address for: %1. Send them their workbooks yourself.</translation>
    </message>
    <message>
      <source>Everybody has answered: no reminders needed.</source>
      <translation>Everybody has answered: no reminders needed.</translation>
    </message>
    <message>
      <source>Folder for the workbooks</source>
      <translation>Folder for the workbooks</translation>
    </message>
  </context>
  <context>
    <name>WorkbookFilesModel</name>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Refused: %1</translation>
    </message>
    <message>
      <source>%1 problem(s): nothing will be saved</source>
      <translation>%1 problem(s): nothing will be saved</translation>
    </message>
    <message>
      <source>Skipped: %1</source>
      <translation>Skipped: %1</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Ready: no volumes (needs nothing)</source>
      <translation>Ready: no volumes (needs nothing)</translation>
    </message>
    <message>
      <source>Ready to save</source>
      <translation>Ready to save</translation>
    </message>
  </context>
  <context>
    <name>WorkbookImportDialog</name>
    <message>
      <source>Import returned workbooks: %1</source>
      <translation>Import returned workbooks: %1</translation>
    </message>
    <message>
      <source>Add &amp;files…</source>
      <translation>Add &amp;files…</translation>
    </message>
    <message>
      <source>Add f&amp;older…</source>
      <translation>Add f&amp;older…</translation>
    </message>
    <message>
      <source>Add the workbooks the participants sent back (or drop them here). NIRO Desk checks every file first; nothing is saved before you press Save, and nothing from a workbook with problems.</source>
      <translation>Add the workbooks the participants sent back (or drop them here). NIRO Desk checks every file first; nothing is saved before you press Save, and nothing from a workbook with problems.</translation>
    </message>
    <message>
      <source>Workbooks</source>
      <translation>Workbooks</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Returned workbooks</source>
      <translation>Returned workbooks</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>Folder with returned workbooks</source>
      <translation>Folder with returned workbooks</translation>
    </message>
    <message>
      <source>Checking the workbooks…</source>
      <translation>Checking the workbooks…</translation>
    </message>
    <message>
      <source>Cancelled: nothing was checked or saved.</source>
      <translation>Cancelled: nothing was checked or saved.</translation>
    </message>
    <message>
      <source>%1 workbook(s) ready to save, %2 with problems or refused, %3 skipped.</source>
      <translation>%1 workbook(s) ready to save, %2 with problems or refused, %3 skipped.</translation>
    </message>
    <message>
      <source>No workbooks found there.</source>
      <translation>No workbooks found there.</translation>
    </message>
    <message>
      <source>&amp;Save %1 workbook(s)</source>
      <translation>&amp;Save %1 workbook(s)</translation>
    </message>
    <message>
      <source>The workbooks could not be checked.</source>
      <translation>The workbooks could not be checked.</translation>
    </message>
    <message>
      <source>Saving the workbooks…</source>
      <translation>Saving the workbooks…</translation>
    </message>
    <message>
      <source>%1 workbook(s) saved; the pooled demand is up to date.</source>
      <translation>%1 workbook(s) saved; the pooled demand is up to date.</translation>
    </message>
  </context>
</TS>
