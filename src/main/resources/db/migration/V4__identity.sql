-- Users, roles, data scopes, API tokens and password reset links.

CREATE TABLE roles
(
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    module      VARCHAR(40)  NOT NULL,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    description_vi VARCHAR(500),
    description_en VARCHAR(500),
    administrative BOOLEAN   NOT NULL DEFAULT FALSE
);

INSERT INTO roles (code, module, name_vi, name_en, description_vi, description_en, administrative)
VALUES ('SYSTEM_ADMIN', 'platform', 'Quản trị hệ thống', 'System administrator',
        'Quản trị toàn bộ hệ thống: đơn vị, người dùng, vai trò, danh mục.', 'Administers the whole platform: units, users, roles, reference data.', TRUE),
       ('UNIT_ADMIN', 'platform', 'Quản trị đơn vị', 'Unit administrator',
        'Quản lý đơn vị trực thuộc và người dùng trong phạm vi đơn vị.', 'Manages the units and users within their unit''s subtree.', TRUE),
       ('LEADER', 'platform', 'Lãnh đạo', 'Leader',
        'Xem và phê duyệt công việc trong phạm vi đơn vị.', 'Sees and approves the work within their scope.', FALSE),
       ('STAFF', 'platform', 'Chuyên viên', 'Staff',
        'Thực hiện nghiệp vụ hằng ngày.', 'Does the daily work.', FALSE),
       ('AUDITOR', 'platform', 'Kiểm toán viên', 'Auditor',
        'Tra cứu và kiểm tra nhật ký kiểm toán.', 'Searches and verifies the audit trail.', FALSE);

CREATE TABLE users
(
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    email                VARCHAR(254),
    phone                VARCHAR(30),
    unit_id              BIGINT       NOT NULL REFERENCES organisation_units (id),
    password_hash        VARCHAR(200) NOT NULL,
    password_changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    demo_password        BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    last_login_at        TIMESTAMPTZ,
    totp_secret          VARCHAR(64),
    totp_enabled         BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_language   VARCHAR(5)   NOT NULL DEFAULT 'vi',
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              INT          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_username_unique ON users (lower(username));
CREATE UNIQUE INDEX users_email_unique ON users (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX users_by_unit ON users (unit_id);
CREATE INDEX users_name_search ON users USING gin (search_fold(full_name) gin_trgm_ops);

CREATE TABLE user_roles
(
    user_id   BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_code VARCHAR(40) NOT NULL REFERENCES roles (code),
    PRIMARY KEY (user_id, role_code)
);

-- Extra subtrees a user may see besides their own unit's ("granted more").
CREATE TABLE user_scopes
(
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES organisation_units (id),
    PRIMARY KEY (user_id, unit_id)
);

CREATE TABLE api_tokens
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_prefix VARCHAR(12)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE password_reset_tokens
(
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
