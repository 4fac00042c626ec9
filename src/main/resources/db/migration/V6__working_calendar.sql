-- The working-day calendar: Monday to Friday are working days unless listed here as a holiday or a day off
-- given in compensation; a weekend day listed as WORKING is a make-up working day.

CREATE TABLE calendar_days
(
    day     DATE         NOT NULL PRIMARY KEY,
    kind    VARCHAR(20)  NOT NULL CHECK (kind IN ('HOLIDAY', 'DAY_OFF', 'WORKING')),
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL
);

INSERT INTO calendar_days (day, kind, name_vi, name_en) VALUES
-- 2025
('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day'),
('2025-01-27', 'HOLIDAY', 'Tết Nguyên đán (28 tháng Chạp)', 'Lunar New Year (28th of the 12th month)'),
('2025-01-28', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Lunar New Year''s Eve'),
('2025-01-29', 'HOLIDAY', 'Tết Nguyên đán (Mùng 1)', 'Lunar New Year, day 1'),
('2025-01-30', 'HOLIDAY', 'Tết Nguyên đán (Mùng 2)', 'Lunar New Year, day 2'),
('2025-01-31', 'HOLIDAY', 'Tết Nguyên đán (Mùng 3)', 'Lunar New Year, day 3'),
('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings'' Commemoration Day'),
('2025-04-26', 'WORKING', 'Làm bù cho ngày nghỉ 02/5', 'Make-up working day for 2 May'),
('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Reunification Day'),
('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động', 'International Labour Day'),
('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù 26/4)', 'Day off swapped with 26 April'),
('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
('2025-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day'),
-- 2026
('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day'),
('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Lunar New Year''s Eve'),
('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán (Mùng 1)', 'Lunar New Year, day 1'),
('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán (Mùng 2)', 'Lunar New Year, day 2'),
('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán (Mùng 3)', 'Lunar New Year, day 3'),
('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán (Mùng 4)', 'Lunar New Year, day 4'),
('2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)', 'Day off for Hung Kings'' Day, which falls on a Sunday'),
('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings'' Commemoration Day'),
('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Reunification Day'),
('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động', 'International Labour Day'),
('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day'),
-- 2027
('2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day'),
('2027-02-05', 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)', 'Lunar New Year''s Eve'),
('2027-02-06', 'HOLIDAY', 'Tết Nguyên đán (Mùng 1)', 'Lunar New Year, day 1'),
('2027-02-07', 'HOLIDAY', 'Tết Nguyên đán (Mùng 2)', 'Lunar New Year, day 2'),
('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán (Mùng 3)', 'Lunar New Year, day 3'),
('2027-02-09', 'HOLIDAY', 'Tết Nguyên đán (Mùng 4)', 'Lunar New Year, day 4'),
('2027-02-10', 'DAY_OFF', 'Nghỉ bù Tết (Mùng 1 là Thứ Bảy)', 'Day off for Lunar New Year falling on a Saturday'),
('2027-02-11', 'DAY_OFF', 'Nghỉ bù Tết (Mùng 2 là Chủ nhật)', 'Day off for Lunar New Year falling on a Sunday'),
('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings'' Commemoration Day'),
('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Reunification Day'),
('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động', 'International Labour Day'),
('2027-05-03', 'DAY_OFF', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là Thứ Bảy)', 'Day off for Labour Day falling on a Saturday'),
('2027-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day'),
('2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)');
