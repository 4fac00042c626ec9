-- A computer's inventory writes some 300 installed programs, and the foreign key checked each of them against the
-- asset one by one: a third of the database's cost of writing them. The programs are written only by the inventory,
-- in the transaction that has just inserted the asset or updated (and so locked) its row, so every program's asset
-- exists by construction. Removing an asset still removes its programs, now by a trigger.
ALTER TABLE inventory_installed_software DROP CONSTRAINT inventory_installed_software_asset_id_fkey;

CREATE FUNCTION inventory_asset_removed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM inventory_installed_software WHERE asset_id = OLD.id;
    RETURN OLD;
END
$$;

CREATE TRIGGER inventory_asset_removed
    AFTER DELETE ON inventory_assets
    FOR EACH ROW EXECUTE FUNCTION inventory_asset_removed();
