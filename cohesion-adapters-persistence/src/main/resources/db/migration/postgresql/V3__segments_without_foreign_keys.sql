-- Segment rows are written and erased only together with their response, in the same transaction,
-- by the store itself; a foreign key check per segment row made bulk imports several times slower.
ALTER TABLE wish_map_segment DROP CONSTRAINT wish_map_segment_response_id_fkey;
ALTER TABLE measurement_segment DROP CONSTRAINT measurement_segment_response_id_fkey;
