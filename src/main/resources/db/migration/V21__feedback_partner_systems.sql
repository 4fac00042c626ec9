-- Other systems forward feedback to the desk through the API: the national public-service portal, a city's 1022
-- hotline. Each has an account with this role, whose personal API token carries the scope feedback:intake; its
-- cases come with the channel SYSTEM. feedback_cases.channel is a plain VARCHAR(20) without a list of values
-- (V15), so the new channel needs no change to the table.

INSERT INTO roles (code, module, name_vi, name_en, description_vi, description_en, administrative)
VALUES ('PARTNER_SYSTEM', 'feedback', 'Hệ thống đối tác', 'Partner system',
        'Tài khoản của hệ thống khác (Cổng dịch vụ công quốc gia, tổng đài 1022) chuyển phản ánh, kiến nghị đến qua API; chỉ được tiếp nhận hồ sơ, không xem được hồ sơ.',
        'The account of another system (the national public-service portal, the 1022 hotline) that forwards feedback through the API; it may enter cases but not read them.',
        FALSE);
