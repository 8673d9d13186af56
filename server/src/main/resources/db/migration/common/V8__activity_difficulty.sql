-- How hard an activity is (1 easiest to 5 hardest, 3 average for its skills) and whether it is help
-- for a learner who struggles: recommendations use both to keep expected success in a target band.
ALTER TABLE activity ADD COLUMN difficulty INT DEFAULT 3 NOT NULL;
ALTER TABLE activity ADD COLUMN support VARCHAR(20) DEFAULT 'NONE' NOT NULL;
