-- How the customer came to the provider (the case file's optional `chosen`
-- column, app/src/model/categories.rs `ChosenBy`): `customer` when the
-- customer chose, `default` when the default-provider rotation assigned it,
-- NULL when the file did not say (files from before the column).
ALTER TABLE case_record ADD COLUMN chosen TEXT CHECK (chosen IN ('customer', 'default'));
