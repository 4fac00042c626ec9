-- The personnel registry's reference lists (danh mục): salary grades and their steps (Decree 204/2004/ND-CP),
-- ranks and rank codes (Circular 02/2021/TT-BNV and the sector circulars), the 54 ethnic groups (Decision
-- 121-TCTK/PPCĐ of 1979), religions recognised in Vietnam, education, political theory and state management
-- levels, and leadership positions. Every list has the same columns; ranks and grades add their own.
--
-- History is kept in two ways, each where it answers the question people ask:
--  * a salary coefficient is read "as of a date" (a salary decided in 2020 used the coefficient of 2020), so
--    personnel_salary_steps has valid_from / valid_to: a new coefficient closes the old row the day before it
--    starts, and nothing is overwritten;
--  * names, activity and order of list entries are not looked up by date, but who changed what and when must be
--    known, so each change writes its before and after states to personnel_list_changes (and to the audit trail).
-- Entries are deactivated, never deleted: records that refer to an old code still resolve its name.

CREATE TABLE personnel_salary_grades
(
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_vi    VARCHAR(300) NOT NULL,
    name_en    VARCHAR(300),
    step_years SMALLINT     NOT NULL CHECK (step_years > 0),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE personnel_salary_steps
(
    grade_code  VARCHAR(20)  NOT NULL REFERENCES personnel_salary_grades (code),
    step        SMALLINT     NOT NULL CHECK (step > 0),
    coefficient NUMERIC(5, 2) NOT NULL CHECK (coefficient > 0),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    PRIMARY KEY (grade_code, step, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- At most one open period per step: the current coefficient is unambiguous.
CREATE UNIQUE INDEX personnel_salary_steps_current ON personnel_salary_steps (grade_code, step) WHERE valid_to IS NULL;

CREATE TABLE personnel_ranks
(
    code         VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_vi      VARCHAR(300) NOT NULL,
    name_en      VARCHAR(300),
    salary_grade VARCHAR(20)  REFERENCES personnel_salary_grades (code),
    staff_group  VARCHAR(20)  NOT NULL CHECK (staff_group IN ('CIVIL_SERVANT', 'PUBLIC_EMPLOYEE')),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order   INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE personnel_ethnic_groups
(
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_vi    VARCHAR(300) NOT NULL,
    name_en    VARCHAR(300),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE personnel_religions (LIKE personnel_ethnic_groups INCLUDING ALL);
CREATE TABLE personnel_education_levels (LIKE personnel_ethnic_groups INCLUDING ALL);
CREATE TABLE personnel_political_theory_levels (LIKE personnel_ethnic_groups INCLUDING ALL);
CREATE TABLE personnel_state_management_levels (LIKE personnel_ethnic_groups INCLUDING ALL);
CREATE TABLE personnel_positions (LIKE personnel_ethnic_groups INCLUDING ALL);

CREATE TABLE personnel_list_changes
(
    id         BIGSERIAL    PRIMARY KEY,
    list_name  VARCHAR(50)  NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_by VARCHAR(100) NOT NULL,
    before     JSONB,
    after      JSONB
);

CREATE INDEX personnel_list_changes_entry ON personnel_list_changes (list_name, code, changed_at);

-- Decree 204/2004/ND-CP, table 2 (civil servants): grades A3 to C; steps every 3 years for A, 2 for B and C.
INSERT INTO personnel_salary_grades (code, name_vi, name_en, step_years, sort_order) VALUES
('A3.1', 'Công chức loại A3, nhóm 1 (A3.1)', 'Grade A3, group 1', 3, 1),
('A3.2', 'Công chức loại A3, nhóm 2 (A3.2)', 'Grade A3, group 2', 3, 2),
('A2.1', 'Công chức loại A2, nhóm 1 (A2.1)', 'Grade A2, group 1', 3, 3),
('A2.2', 'Công chức loại A2, nhóm 2 (A2.2)', 'Grade A2, group 2', 3, 4),
('A1', 'Công chức loại A1', 'Grade A1', 3, 5),
('A0', 'Công chức loại A0', 'Grade A0', 3, 6),
('B', 'Công chức loại B', 'Grade B', 2, 7),
('C1', 'Công chức loại C, nhóm 1 (C1)', 'Grade C, group 1', 2, 8),
('C2', 'Công chức loại C, nhóm 2 (C2)', 'Grade C, group 2', 2, 9),
('C3', 'Công chức loại C, nhóm 3 (C3)', 'Grade C, group 3', 2, 10);

-- The decree's table rises by a fixed increment per grade, so each step is first + (step - 1) * increment;
-- the last steps (A3.1 8.00, A3.2 7.55, A2.1 6.78, A2.2 6.38, A1 4.98, A0 4.89, B 4.06, C1 3.63, C2 3.48,
-- C3 3.33) are those printed in the decree. The table took effect on 1 October 2004.
INSERT INTO personnel_salary_steps (grade_code, step, coefficient, valid_from)
SELECT g.code, s.step, g.first + (s.step - 1) * g.increment, DATE '2004-10-01'
FROM (VALUES ('A3.1', 6.20, 0.36, 6),
             ('A3.2', 5.75, 0.36, 6),
             ('A2.1', 4.40, 0.34, 8),
             ('A2.2', 4.00, 0.34, 8),
             ('A1', 2.34, 0.33, 9),
             ('A0', 2.10, 0.31, 10),
             ('B', 1.86, 0.20, 12),
             ('C1', 1.65, 0.18, 12),
             ('C2', 1.50, 0.18, 12),
             ('C3', 1.35, 0.18, 12)) AS g (code, first, increment, steps)
         CROSS JOIN LATERAL generate_series(1, g.steps) AS s (step);

-- Ranks (ngạch) and professional titles (chức danh nghề nghiệp) with their codes and salary grades.
INSERT INTO personnel_ranks (code, name_vi, name_en, salary_grade, staff_group, sort_order) VALUES
-- Administrative ranks, Circular 02/2021/TT-BNV
('01.001', 'Chuyên viên cao cấp', 'Senior principal officer', 'A3.1', 'CIVIL_SERVANT', 1),
('01.002', 'Chuyên viên chính', 'Principal officer', 'A2.1', 'CIVIL_SERVANT', 2),
('01.003', 'Chuyên viên', 'Officer', 'A1', 'CIVIL_SERVANT', 3),
('01.004', 'Cán sự', 'Junior officer', 'A0', 'CIVIL_SERVANT', 4),
('01.005', 'Nhân viên', 'Clerk', 'B', 'CIVIL_SERVANT', 5),
-- Clerical (văn thư) ranks, Circular 02/2021/TT-BNV
('02.006', 'Văn thư viên chính', 'Principal records clerk', 'A2.1', 'CIVIL_SERVANT', 10),
('02.007', 'Văn thư viên', 'Records clerk', 'A1', 'CIVIL_SERVANT', 11),
('02.008', 'Văn thư viên trung cấp', 'Intermediate records clerk', 'A0', 'CIVIL_SERVANT', 12),
-- Inspectors
('04.023', 'Thanh tra viên cao cấp', 'Senior principal inspector', 'A3.1', 'CIVIL_SERVANT', 20),
('04.024', 'Thanh tra viên chính', 'Principal inspector', 'A2.1', 'CIVIL_SERVANT', 21),
('04.025', 'Thanh tra viên', 'Inspector', 'A1', 'CIVIL_SERVANT', 22),
-- Accountants
('06.029', 'Kế toán viên cao cấp', 'Senior principal accountant', 'A3.1', 'CIVIL_SERVANT', 30),
('06.030', 'Kế toán viên chính', 'Principal accountant', 'A2.1', 'CIVIL_SERVANT', 31),
('06.031', 'Kế toán viên', 'Accountant', 'A1', 'CIVIL_SERVANT', 32),
('06.032', 'Kế toán viên trung cấp', 'Intermediate accountant', 'A0', 'CIVIL_SERVANT', 33),
-- Researchers (public employees)
('V.05.01.01', 'Nghiên cứu viên cao cấp (hạng I)', 'Senior researcher (class I)', 'A3.1', 'PUBLIC_EMPLOYEE', 40),
('V.05.01.02', 'Nghiên cứu viên chính (hạng II)', 'Principal researcher (class II)', 'A2.1', 'PUBLIC_EMPLOYEE', 41),
('V.05.01.03', 'Nghiên cứu viên (hạng III)', 'Researcher (class III)', 'A1', 'PUBLIC_EMPLOYEE', 42),
-- Information technology (public employees)
('V.11.06.12', 'Công nghệ thông tin hạng I', 'Information technology, class I', 'A3.1', 'PUBLIC_EMPLOYEE', 50),
('V.11.06.13', 'Công nghệ thông tin hạng II', 'Information technology, class II', 'A2.1', 'PUBLIC_EMPLOYEE', 51),
('V.11.06.14', 'Công nghệ thông tin hạng III', 'Information technology, class III', 'A1', 'PUBLIC_EMPLOYEE', 52);

-- Decision 121-TCTK/PPCĐ of 2 March 1979: the official codes, in the order of that decision.
INSERT INTO personnel_ethnic_groups (code, name_vi, sort_order) VALUES
('01', 'Kinh', 1), ('02', 'Tày', 2), ('03', 'Thái', 3), ('04', 'Hoa', 4), ('05', 'Khơ-me', 5),
('06', 'Mường', 6), ('07', 'Nùng', 7), ('08', 'Hmông', 8), ('09', 'Dao', 9), ('10', 'Gia-rai', 10),
('11', 'Ngái', 11), ('12', 'Ê-đê', 12), ('13', 'Ba-na', 13), ('14', 'Xơ-đăng', 14), ('15', 'Sán Chay', 15),
('16', 'Cơ-ho', 16), ('17', 'Chăm', 17), ('18', 'Sán Dìu', 18), ('19', 'Hrê', 19), ('20', 'Mnông', 20),
('21', 'Ra-glai', 21), ('22', 'Xtiêng', 22), ('23', 'Bru-Vân Kiều', 23), ('24', 'Thổ', 24), ('25', 'Giáy', 25),
('26', 'Cơ-tu', 26), ('27', 'Gié-Triêng', 27), ('28', 'Mạ', 28), ('29', 'Khơ-mú', 29), ('30', 'Co', 30),
('31', 'Tà-ôi', 31), ('32', 'Chơ-ro', 32), ('33', 'Kháng', 33), ('34', 'Xinh-mun', 34), ('35', 'Hà Nhì', 35),
('36', 'Chu-ru', 36), ('37', 'Lào', 37), ('38', 'La Chí', 38), ('39', 'La Ha', 39), ('40', 'Phù Lá', 40),
('41', 'La Hủ', 41), ('42', 'Lự', 42), ('43', 'Lô Lô', 43), ('44', 'Chứt', 44), ('45', 'Mảng', 45),
('46', 'Pà Thẻn', 46), ('47', 'Co Lao', 47), ('48', 'Cống', 48), ('49', 'Bố Y', 49), ('50', 'Si La', 50),
('51', 'Pu Péo', 51), ('52', 'Brâu', 52), ('53', 'Ơ Đu', 53), ('54', 'Rơ-măm', 54);

-- Religions recognised by the State (Government Committee for Religious Affairs); the codes are the registry's
-- own, as no national code list exists. 00 is for people who follow no religion.
INSERT INTO personnel_religions (code, name_vi, name_en, sort_order) VALUES
('00', 'Không', 'None', 0),
('01', 'Phật giáo', 'Buddhism', 1),
('02', 'Công giáo', 'Catholicism', 2),
('03', 'Tin lành', 'Protestantism', 3),
('04', 'Cao Đài', 'Caodaism', 4),
('05', 'Phật giáo Hòa Hảo', 'Hoa Hao Buddhism', 5),
('06', 'Hồi giáo', 'Islam', 6),
('07', 'Tôn giáo Baha''i', 'Baháʼí Faith', 7),
('08', 'Tịnh độ Cư sỹ Phật hội Việt Nam', NULL, 8),
('09', 'Cơ đốc Phục lâm', 'Seventh-day Adventism', 9),
('10', 'Phật giáo Tứ Ân Hiếu Nghĩa', NULL, 10),
('11', 'Bửu Sơn Kỳ Hương', NULL, 11),
('12', 'Minh Sư đạo', NULL, 12),
('13', 'Minh Lý đạo - Tam Tông Miếu', NULL, 13),
('14', 'Bà-la-môn giáo', 'Brahmanism', 14),
('15', 'Mặc môn', 'The Church of Jesus Christ of Latter-day Saints', 15),
('16', 'Phật giáo Hiếu Nghĩa Tà Lơn', NULL, 16);

-- General education (giáo dục phổ thông) as written on the résumé form, then professional qualifications.
INSERT INTO personnel_education_levels (code, name_vi, name_en, sort_order) VALUES
('PT12', '12/12', 'Upper secondary (12/12)', 1),
('PT10', '10/10', 'Upper secondary, 10-year system (10/10)', 2),
('PT9', '9/12', 'Lower secondary (9/12)', 3),
('TS', 'Tiến sĩ', 'Doctorate', 10),
('THS', 'Thạc sĩ', 'Master''s degree', 11),
('DH', 'Đại học', 'Bachelor''s degree', 12),
('CD', 'Cao đẳng', 'College diploma', 13),
('TC', 'Trung cấp', 'Intermediate vocational diploma', 14),
('SC', 'Sơ cấp', 'Elementary vocational certificate', 15);

INSERT INTO personnel_political_theory_levels (code, name_vi, name_en, sort_order) VALUES
('CN', 'Cử nhân', 'Bachelor of political theory', 1),
('CC', 'Cao cấp', 'Advanced', 2),
('TC', 'Trung cấp', 'Intermediate', 3),
('SC', 'Sơ cấp', 'Elementary', 4);

INSERT INTO personnel_state_management_levels (code, name_vi, name_en, sort_order) VALUES
('CVCC', 'Chuyên viên cao cấp', 'Senior principal officer', 1),
('CVC', 'Chuyên viên chính', 'Principal officer', 2),
('CV', 'Chuyên viên', 'Officer', 3),
('CS', 'Cán sự', 'Junior officer', 4);

INSERT INTO personnel_positions (code, name_vi, name_en, sort_order) VALUES
('BT', 'Bộ trưởng', 'Minister', 1),
('TT', 'Thứ trưởng', 'Deputy Minister', 2),
('TCT', 'Tổng cục trưởng', 'Director General of a General Department', 3),
('CT', 'Cục trưởng', 'Director General of a Department', 4),
('PCT', 'Phó Cục trưởng', 'Deputy Director General of a Department', 5),
('VT', 'Vụ trưởng', 'Director General of a Ministry Department', 6),
('PVT', 'Phó Vụ trưởng', 'Deputy Director General of a Ministry Department', 7),
('GD', 'Giám đốc', 'Director', 8),
('PGD', 'Phó Giám đốc', 'Deputy Director', 9),
('TP', 'Trưởng phòng', 'Head of Division', 10),
('PTP', 'Phó Trưởng phòng', 'Deputy Head of Division', 11);
