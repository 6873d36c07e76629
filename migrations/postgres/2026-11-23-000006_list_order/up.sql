-- The administrators list is ordered by name: with this index a page is
-- read in order and the read stops after the page, instead of sorting every
-- administrator of the subtree on each view.
CREATE INDEX administrators_name_order ON administrators (last_name, first_name, id);
