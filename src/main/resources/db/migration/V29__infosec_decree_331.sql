-- Decree 331/2026/NĐ-CP (in force 19 August 2026, under the Cybersecurity Law 116/2025/QH15) replaces Decree
-- 85/2016/NĐ-CP as the basis of security levels. The facts of its articles 9 and 11-16 are added beside those of
-- Decree 85, which stay: they are what the Decree 85 dossiers were proposed on, and some (online service level,
-- regular users, dependents) have no exact counterpart, so dropping them would lose data.

ALTER TABLE infosec_systems
    -- Art. 9.1: the kinds of information the system processes.
    ADD COLUMN public_info             BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN private_info            BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN personal_info           BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN state_secret            BOOLEAN     NOT NULL DEFAULT FALSE,
    -- Arts. 13.1, 14.1, 15.1: serves defence or security, and the harm to national security if sabotaged
    -- (NONE, HARM, SERIOUS, ESPECIALLY_SERIOUS); applies with state secrets or defence and security.
    ADD COLUMN defence_security        BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN security_harm           VARCHAR(30) NOT NULL DEFAULT 'NONE',
    -- Art. 13.2.a-b: its online service is a conditional business line; it handles administrative procedures.
    ADD COLUMN conditional_business    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN administrative_procedures BOOLEAN   NOT NULL DEFAULT FALSE,
    -- Arts. 12.2.b, 13.2.c: data subjects whose basic, and whose sensitive, personal data it processes.
    ADD COLUMN basic_data_subjects     INT         NOT NULL DEFAULT 0 CHECK (basic_data_subjects >= 0),
    ADD COLUMN sensitive_data_subjects INT         NOT NULL DEFAULT 0 CHECK (sensitive_data_subjects >= 0),
    -- Art. 15.2: stores especially important national data centrally.
    ADD COLUMN national_data           BOOLEAN     NOT NULL DEFAULT FALSE,
    -- The legal basis the level dossier was proposed under (DECREE_85_2016, DECREE_331_2026; LegalBasis);
    -- empty while no level has been proposed.
    ADD COLUMN legal_basis             VARCHAR(20);

-- Decree 85 facts carried over where they correspond:
-- * "private or personal information" (Decree 85 art. 8) was one fact; it becomes both kinds of art. 9.1.
-- * An online public service of level 3 or 4 settles administrative procedures online (art. 13.2.b). Levels 1-2
--   gave information and forms only, so they are not taken as handling procedures; the officer reviews this.
-- * Regular users whose private or personal information was processed are taken as data subjects with basic
--   personal data; sensitive data was not recorded before, so it starts at 0.
-- * Systems national e-government depends on (Decree 85 art. 10.2) are national e-government systems,
--   art. 14.2, recorded in the reach; critical national data (art. 11.2) is art. 15.2.
-- Sector dependence (read with Decree 85 art. 9.3) has no counterpart and stays in the old column only.
UPDATE infosec_systems
SET private_info              = personal_data,
    personal_info             = personal_data,
    administrative_procedures = online_service_level >= 3,
    basic_data_subjects       = CASE WHEN personal_data THEN regular_users ELSE 0 END,
    reach                     = CASE WHEN dependents = 'NATIONAL' AND reach IN ('ONE_ORGANISATION', 'SECTOR_OR_PROVINCE')
                                     THEN 'NATIONAL' ELSE reach END,
    national_data             = dependents = 'CRITICAL_NATIONAL',
    legal_basis               = CASE WHEN proposed_level IS NOT NULL THEN 'DECREE_85_2016' END;

-- Incidents: Decree 331 art. 31.2.d gives an initial notification within 24 hours of a serious incident and a
-- report within 72 hours, to the Ministry of Public Security's specialised cybersecurity force. Incidents recorded
-- before keep the deadline and authority (VNCERT/CC, 5 days) they were recorded with.
ALTER TABLE infosec_incidents
    ADD COLUMN legal_basis      VARCHAR(20) NOT NULL DEFAULT 'DECREE_85_2016',
    -- Only for serious incidents: when the initial notification is due, when it was sent, when it was warned of.
    ADD COLUMN notice_due       TIMESTAMPTZ,
    ADD COLUMN noticed_at       TIMESTAMPTZ,
    ADD COLUMN notice_warned_at TIMESTAMPTZ;
ALTER TABLE infosec_incidents ALTER COLUMN legal_basis SET DEFAULT 'DECREE_331_2026';
