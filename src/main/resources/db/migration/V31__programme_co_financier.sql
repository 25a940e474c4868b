-- Issue 16: the organisation that co-finances a programme (for DBEP, Digdir's co-financing scheme), the body its annual
-- status is addressed to. Null when no one does: the annual status then goes to the programme's owner. A column of
-- programme, so the table's dashboard_generation trigger (V26) already covers it.
ALTER TABLE programme ADD COLUMN co_financier_organisation_id uuid REFERENCES organisation (id);
