-- The full catalogue of measures by level, replacing the 14-measure starting catalogue of V25.
--
-- Circular 12/2022/TT-BTTTT sets the basic requirements of each level in two parts: management (policy;
-- organisation; staff; design and build; operation; a risk management plan; a plan for ending operation and
-- disposal) and technical (network, servers, applications, data); the detailed requirements are those of
-- TCVN 11930:2017. Physical security is not part of the circular's basic requirements. Each line below is a
-- requirement in our own short words with the level from which it applies; levels are cumulative. The lines
-- paraphrase the structure of the circular and the standard and were not checked word for word against the
-- official annex: administrators correct and extend them on the catalogue page.
--
-- The old measures stay, inactive and pointing to the measure that replaces them, so that their codes still
-- resolve; each system's progress and evidence move to the new code.

ALTER TABLE infosec_measures
    ADD COLUMN replaced_by VARCHAR(30) REFERENCES infosec_measures (code);

INSERT INTO infosec_measures (code, measure_group, text_vi, text_en, min_level)
VALUES ('QL.1.01', 'POLICY', 'Ban hành quy chế bảo đảm an toàn thông tin cho hệ thống, nêu nguyên tắc chung và trách nhiệm của tổ chức, cá nhân liên quan', 'A security policy (regulation) for the system is issued, stating its principles and who is responsible for what', 1),
       ('QL.1.02', 'POLICY', 'Quy chế có nội dung về quản lý thiết kế, xây dựng, vận hành, nhân lực và ứng cứu sự cố của hệ thống', 'The policy covers design and build, operation, staff and incident response of the system', 2),
       ('QL.1.03', 'POLICY', 'Quy chế được phổ biến tới cán bộ vận hành và người sử dụng hệ thống', 'The policy is made known to the operators and users of the system', 2),
       ('QL.1.04', 'POLICY', 'Rà soát, điều chỉnh quy chế khi hệ thống hoặc quy định pháp luật thay đổi', 'The policy is reviewed and revised when the system or the law changes', 2),
       ('QL.1.05', 'POLICY', 'Ban hành quy trình chi tiết cho từng hoạt động (quản lý tài khoản, sao lưu, cập nhật, ứng cứu sự cố)', 'Detailed procedures are issued for each activity (accounts, backup, updates, incident response)', 3),
       ('QL.1.06', 'POLICY', 'Rà soát quy chế, quy trình định kỳ hằng năm', 'The policy and procedures are reviewed every year', 3),
       ('QL.1.07', 'POLICY', 'Chính sách an toàn thông tin do người đứng đầu chủ quản hệ thống phê duyệt, thể hiện cam kết của lãnh đạo', 'The security policy is approved by the head of the system owner, showing management commitment', 4),
       ('QL.1.08', 'POLICY', 'Chính sách, quy trình được xây dựng theo tiêu chuẩn quốc gia, quốc tế về quản lý an toàn thông tin và được đánh giá độc lập', 'Policy and procedures follow national or international security management standards and are reviewed independently', 5),
       ('QL.2.01', 'ORGANISATION', 'Phân công cán bộ phụ trách an toàn thông tin cho hệ thống', 'A person is assigned responsibility for the security of the system', 1),
       ('QL.2.02', 'ORGANISATION', 'Chỉ định bộ phận chuyên trách hoặc phụ trách an toàn thông tin', 'A unit is designated as dedicated to, or in charge of, information security', 2),
       ('QL.2.03', 'ORGANISATION', 'Có đầu mối phối hợp với cơ quan chức năng và mạng lưới ứng cứu sự cố an toàn thông tin mạng quốc gia', 'A contact point works with the authorities and the national incident response network', 2),
       ('QL.2.04', 'ORGANISATION', 'Chức năng, nhiệm vụ của đơn vị chuyên trách an toàn thông tin được quy định bằng văn bản', 'The duties of the dedicated security unit are laid down in writing', 3),
       ('QL.2.05', 'ORGANISATION', 'Phân định rõ trách nhiệm của chủ quản, đơn vị vận hành và nhà cung cấp dịch vụ', 'The responsibilities of the owner, the operating unit and service providers are set apart', 3),
       ('QL.2.06', 'ORGANISATION', 'Lãnh đạo chủ quản hệ thống được phân công phụ trách an toàn thông tin', 'A leader of the system owner is assigned to information security', 3),
       ('QL.2.07', 'ORGANISATION', 'Nhân sự chuyên trách an toàn thông tin độc lập với bộ phận quản trị, vận hành hệ thống', 'Security staff are independent of those who administer and operate the system', 4),
       ('QL.3.01', 'PERSONNEL', 'Tuyển dụng: kiểm tra lý lịch, năng lực của người được tuyển vào vị trí quản trị, vận hành', 'Hiring: background and competence of administrators and operators are checked', 2),
       ('QL.3.02', 'PERSONNEL', 'Người được tuyển dụng cam kết bảo mật thông tin bằng văn bản', 'New staff sign a confidentiality undertaking', 2),
       ('QL.3.03', 'PERSONNEL', 'Phổ biến, nâng cao nhận thức an toàn thông tin cho người sử dụng', 'Users are made aware of information security', 1),
       ('QL.3.04', 'PERSONNEL', 'Đào tạo kỹ năng an toàn thông tin cho cán bộ quản trị, vận hành', 'Administrators and operators are trained in information security', 2),
       ('QL.3.05', 'PERSONNEL', 'Xử lý vi phạm quy chế an toàn thông tin theo quy định', 'Breaches of the security policy are dealt with as the rules provide', 2),
       ('QL.3.06', 'PERSONNEL', 'Khi chấm dứt hoặc thay đổi công việc: thu hồi tài khoản, quyền truy cập và tài sản được giao', 'On leaving or changing jobs, accounts, access rights and assets are withdrawn', 2),
       ('QL.3.07', 'PERSONNEL', 'Kiểm tra, đánh giá nhận thức và kỹ năng an toàn thông tin của cán bộ định kỳ', 'Staff awareness and skills in information security are checked periodically', 3),
       ('QL.3.08', 'PERSONNEL', 'Cam kết bảo mật thông tin có hiệu lực sau khi nghỉ việc', 'The confidentiality undertaking holds after leaving', 3),
       ('QL.3.09', 'PERSONNEL', 'Cán bộ quản trị, vận hành có chứng chỉ chuyên môn về an toàn thông tin', 'Administrators and operators hold professional security certificates', 4),
       ('QL.4.01', 'DESIGN_BUILD', 'Hồ sơ thiết kế có phương án bảo đảm an toàn thông tin tương ứng với cấp độ', 'The design includes a security plan matching the level', 1),
       ('QL.4.02', 'DESIGN_BUILD', 'Hồ sơ thiết kế mô tả phạm vi, các thành phần và mô hình kết nối của hệ thống', 'The design describes the scope, components and connections of the system', 2),
       ('QL.4.03', 'DESIGN_BUILD', 'Thử nghiệm các chức năng an toàn thông tin trước khi nghiệm thu', 'Security functions are tested before acceptance', 1),
       ('QL.4.04', 'DESIGN_BUILD', 'Phát triển phần mềm thuê khoán: hợp đồng có yêu cầu an toàn thông tin và quyền đối với mã nguồn', 'Outsourced software: the contract sets security requirements and rights to the source code', 2),
       ('QL.4.05', 'DESIGN_BUILD', 'Thẩm định thiết kế an toàn thông tin bởi bộ phận chuyên trách', 'The dedicated security unit reviews the design', 3),
       ('QL.4.06', 'DESIGN_BUILD', 'Môi trường phát triển, thử nghiệm tách biệt với môi trường vận hành', 'Development and test environments are separate from production', 3),
       ('QL.4.07', 'DESIGN_BUILD', 'Kiểm tra mã nguồn phần mềm trước khi nghiệm thu', 'The source code is reviewed before acceptance', 3),
       ('QL.4.08', 'DESIGN_BUILD', 'Kiểm tra, đánh giá an toàn thông tin trước khi đưa vào vận hành', 'Security is inspected and assessed before operation starts', 3),
       ('QL.4.09', 'DESIGN_BUILD', 'Đánh giá an toàn thông tin bởi tổ chức độc lập trước khi đưa vào vận hành', 'An independent body assesses security before operation', 4),
       ('QL.4.10', 'DESIGN_BUILD', 'Đánh giá năng lực và cam kết an toàn thông tin của nhà cung cấp', 'Suppliers are assessed for capability and security commitments', 4),
       ('QL.5.01', 'OPERATION', 'Quy trình quản lý, vận hành an toàn thiết bị mạng', 'A procedure for operating network devices securely', 1),
       ('QL.5.02', 'OPERATION', 'Quy trình cập nhật, vá lỗi máy chủ và ứng dụng', 'A procedure for updating and patching servers and applications', 1),
       ('QL.5.03', 'OPERATION', 'Quy trình sao lưu, phục hồi dữ liệu', 'A procedure for backing up and restoring data', 1),
       ('QL.5.04', 'OPERATION', 'Quy trình tiếp nhận, xử lý và báo cáo sự cố an toàn thông tin', 'A procedure for receiving, handling and reporting incidents', 1),
       ('QL.5.05', 'OPERATION', 'Báo cáo tình hình an toàn thông tin định kỳ cho chủ quản hệ thống', 'Security is reported to the system owner periodically', 1),
       ('QL.5.06', 'OPERATION', 'Thay đổi cấu hình mạng, máy chủ được phê duyệt và ghi lại', 'Changes to network and server configuration are approved and recorded', 2),
       ('QL.5.07', 'OPERATION', 'Phương án ứng cứu sự cố và kế hoạch khôi phục hệ thống', 'An incident response and recovery plan exists', 2),
       ('QL.5.08', 'OPERATION', 'Quản lý tài khoản: cấp, thu hồi và rà soát quyền truy cập định kỳ', 'Accounts: granting, withdrawing and periodic review of access rights', 2),
       ('QL.5.09', 'OPERATION', 'Danh mục tài sản của hệ thống được lập và cập nhật', 'An inventory of the system''s assets is kept up to date', 2),
       ('QL.5.10', 'OPERATION', 'Quy định sử dụng an toàn thiết bị đầu cuối của người sử dụng', 'Rules for the secure use of end-user devices', 2),
       ('QL.5.11', 'OPERATION', 'Giám sát an toàn thông tin, thu thập nhật ký tập trung', 'Security monitoring with central log collection', 3),
       ('QL.5.12', 'OPERATION', 'Quản lý điểm yếu: dò quét, đánh giá điểm yếu định kỳ và khắc phục', 'Vulnerability management: periodic scanning, assessment and remediation', 3),
       ('QL.5.13', 'OPERATION', 'Kiểm tra, đánh giá an toàn thông tin định kỳ', 'Information security is inspected periodically', 3),
       ('QL.5.14', 'OPERATION', 'Quản lý nâng cấp, chỉnh sửa: đánh giá ảnh hưởng, thử nghiệm và phê duyệt trước khi thực hiện', 'Upgrades and changes are assessed, tested and approved first', 3),
       ('QL.5.15', 'OPERATION', 'Diễn tập phương án ứng cứu sự cố định kỳ', 'The incident response plan is rehearsed periodically', 3),
       ('QL.5.16', 'OPERATION', 'Quản lý tập trung thiết bị đầu cuối (cập nhật, phòng chống mã độc)', 'End-user devices are managed centrally (updates, anti-malware)', 3),
       ('QL.5.17', 'OPERATION', 'Giám sát an toàn thông tin liên tục 24/7, chia sẻ thông tin với hệ thống giám sát quốc gia', 'Round-the-clock security monitoring, sharing with the national monitoring system', 4),
       ('QL.5.18', 'OPERATION', 'Kiểm thử xâm nhập định kỳ', 'Periodic penetration testing', 4),
       ('QL.5.19', 'OPERATION', 'Kiểm tra, đánh giá an toàn thông tin hằng năm', 'Information security is inspected every year', 4),
       ('QL.5.20', 'OPERATION', 'Trung tâm vận hành an ninh (SOC) hoặc dịch vụ tương đương giám sát và phản ứng thường trực', 'A security operations centre (or equivalent service) monitors and responds at all times', 5),
       ('QL.6.01', 'RISK', 'Nhận diện các rủi ro an toàn thông tin của hệ thống', 'The security risks of the system are identified', 1),
       ('QL.6.02', 'RISK', 'Đánh giá rủi ro và xác định biện pháp xử lý rủi ro', 'Risks are assessed and their treatment decided', 2),
       ('QL.6.03', 'RISK', 'Đánh giá lại rủi ro hằng năm hoặc khi hệ thống thay đổi lớn', 'Risks are reassessed every year or after a major change', 3),
       ('QL.6.04', 'RISK', 'Quy trình quản lý rủi ro được văn bản hóa theo tiêu chuẩn (TCVN ISO/IEC 27005)', 'The risk management method is documented after a standard (TCVN ISO/IEC 27005)', 4),
       ('QL.6.05', 'RISK', 'Rủi ro còn lại được theo dõi và báo cáo lãnh đạo chủ quản', 'Residual risks are tracked and reported to the owner''s leaders', 5),
       ('QL.7.01', 'DECOMMISSION', 'Phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ hệ thống (dữ liệu, tài khoản, thiết bị)', 'A plan for ending operation and disposing of the system (data, accounts, equipment)', 1),
       ('QL.7.02', 'DECOMMISSION', 'Xóa an toàn dữ liệu trên thiết bị trước khi thanh lý hoặc chuyển giao', 'Data is erased securely from equipment before disposal or hand-over', 2),
       ('QL.7.03', 'DECOMMISSION', 'Dữ liệu cần giữ lại được lưu trữ theo quy định về lưu trữ', 'Data to be kept is archived as the archives law requires', 3),
       ('QL.7.04', 'DECOMMISSION', 'Việc thanh lý, hủy bỏ được lập biên bản có xác nhận', 'Disposal and destruction are recorded in signed minutes', 3),
       ('QL.7.05', 'DECOMMISSION', 'Tiêu hủy vật lý phương tiện lưu trữ dữ liệu quan trọng', 'Media holding important data are physically destroyed', 4),
       ('KT.1.01', 'NETWORK', 'Phân vùng mạng: tách vùng mạng nội bộ và vùng máy chủ cung cấp dịch vụ ra Internet (DMZ)', 'Network zones: the internal network is separated from the servers facing the Internet (DMZ)', 1),
       ('KT.1.02', 'NETWORK', 'Tường lửa kiểm soát truy cập từ bên ngoài vào hệ thống', 'A firewall controls access from outside', 1),
       ('KT.1.03', 'NETWORK', 'Ghi nhật ký hoạt động của tường lửa và thiết bị mạng chính', 'Firewalls and main network devices keep logs', 1),
       ('KT.1.04', 'NETWORK', 'Đổi mật khẩu mặc định, tắt dịch vụ không sử dụng trên thiết bị mạng', 'Default passwords are changed and unused services turned off on network devices', 1),
       ('KT.1.05', 'NETWORK', 'Có biện pháp phòng chống xâm nhập bảo vệ vùng máy chủ công khai', 'Intrusion prevention protects the public server zone', 1),
       ('KT.1.06', 'NETWORK', 'Vùng quản trị và vùng máy chủ cơ sở dữ liệu tách riêng', 'Separate zones for administration and for database servers', 2),
       ('KT.1.07', 'NETWORK', 'Kiểm soát truy cập giữa các vùng mạng và từ bên trong ra Internet', 'Access between zones and from inside to the Internet is controlled', 2),
       ('KT.1.08', 'NETWORK', 'Giới hạn số kết nối đồng thời và thời gian kết nối từ bên ngoài', 'Concurrent connections and connection time from outside are limited', 2),
       ('KT.1.09', 'NETWORK', 'Quản trị thiết bị mạng qua kênh mã hóa, từ địa chỉ được phép', 'Network devices are administered over encrypted channels from allowed addresses', 2),
       ('KT.1.10', 'NETWORK', 'Hệ thống phát hiện và ngăn chặn xâm nhập (IDS/IPS)', 'Intrusion detection and prevention (IDS/IPS)', 3),
       ('KT.1.11', 'NETWORK', 'Phòng chống mã độc trên môi trường mạng (cổng Internet, thư điện tử)', 'Malware is filtered on the network (Internet gateway, e-mail)', 3),
       ('KT.1.12', 'NETWORK', 'Nhật ký thiết bị mạng được đồng bộ thời gian và lưu tập trung', 'Network device logs are time-synchronised and kept centrally', 3),
       ('KT.1.13', 'NETWORK', 'Truy cập từ xa qua mạng riêng ảo (VPN) có xác thực', 'Remote access through an authenticated VPN', 3),
       ('KT.1.14', 'NETWORK', 'Đường kết nối và thiết bị mạng chính có dự phòng', 'Main links and network devices are redundant', 3),
       ('KT.1.15', 'NETWORK', 'Thiết bị an ninh mạng chính có dự phòng nóng', 'Main security devices have hot standby', 4),
       ('KT.1.16', 'NETWORK', 'Phòng chống tấn công từ chối dịch vụ (DDoS)', 'Protection against denial of service (DDoS)', 4),
       ('KT.1.17', 'NETWORK', 'Mã hóa đường truyền giữa các địa điểm của hệ thống', 'Links between the system''s sites are encrypted', 4),
       ('KT.1.18', 'NETWORK', 'Phát hiện, phòng chống tấn công có chủ đích (APT) trên mạng', 'Detection of and defence against targeted attacks (APT)', 5),
       ('KT.2.01', 'SERVER', 'Xác thực tài khoản truy cập máy chủ, áp dụng chính sách mật khẩu', 'Server accounts are authenticated under a password policy', 1),
       ('KT.2.02', 'SERVER', 'Phân quyền truy cập máy chủ theo nguyên tắc tối thiểu', 'Server access is granted on least privilege', 1),
       ('KT.2.03', 'SERVER', 'Ghi nhật ký đăng nhập và thay đổi cấu hình máy chủ', 'Server logins and configuration changes are logged', 1),
       ('KT.2.04', 'SERVER', 'Loại bỏ dịch vụ, tài khoản không cần thiết; cập nhật bản vá hệ điều hành', 'Unneeded services and accounts removed; operating system patches applied', 1),
       ('KT.2.05', 'SERVER', 'Cài đặt phần mềm phòng chống mã độc và cập nhật thường xuyên', 'Anti-malware is installed and kept up to date', 1),
       ('KT.2.06', 'SERVER', 'Khóa tài khoản sau nhiều lần đăng nhập sai', 'Accounts are locked after repeated failed logins', 2),
       ('KT.2.07', 'SERVER', 'Quản trị từ xa qua kênh mã hóa, giới hạn địa chỉ quản trị', 'Remote administration over encrypted channels from restricted addresses', 2),
       ('KT.2.08', 'SERVER', 'Xóa dữ liệu, cấu hình nhạy cảm khi chuyển giao hoặc thay đổi mục đích sử dụng máy chủ', 'Sensitive data and settings are removed when a server is handed over or repurposed', 2),
       ('KT.2.09', 'SERVER', 'Cấu hình cứng hóa máy chủ theo hướng dẫn an toàn', 'Servers are hardened after a security baseline', 3),
       ('KT.2.10', 'SERVER', 'Nhật ký máy chủ được gửi về hệ thống lưu trữ nhật ký tập trung', 'Server logs are sent to central log storage', 3),
       ('KT.2.11', 'SERVER', 'Quản lý phòng chống mã độc tập trung', 'Anti-malware is managed centrally', 3),
       ('KT.2.12', 'SERVER', 'Xác thực đa yếu tố cho quản trị viên', 'Multi-factor authentication for administrators', 4),
       ('KT.2.13', 'SERVER', 'Phòng chống xâm nhập trên máy chủ (HIPS/EDR)', 'Host intrusion prevention (HIPS/EDR)', 4),
       ('KT.2.14', 'SERVER', 'Giám sát tính toàn vẹn tệp hệ thống quan trọng', 'The integrity of critical system files is monitored', 4),
       ('KT.3.01', 'APPLICATION', 'Xác thực người sử dụng ứng dụng', 'Application users are authenticated', 1),
       ('KT.3.02', 'APPLICATION', 'Phân quyền người sử dụng theo vai trò', 'Users get rights by role', 1),
       ('KT.3.03', 'APPLICATION', 'Ghi nhật ký đăng nhập và thao tác quản trị ứng dụng', 'Logins and administrative actions in the application are logged', 1),
       ('KT.3.04', 'APPLICATION', 'Mã hóa kênh truyền giữa người sử dụng và ứng dụng (TLS)', 'Connections between users and the application are encrypted (TLS)', 2),
       ('KT.3.05', 'APPLICATION', 'Chính sách mật khẩu, tự đóng phiên sau thời gian không hoạt động', 'Password policy; idle sessions end automatically', 2),
       ('KT.3.06', 'APPLICATION', 'Mật khẩu được lưu dưới dạng băm an toàn', 'Passwords are stored as secure hashes', 2),
       ('KT.3.07', 'APPLICATION', 'Kiểm tra dữ liệu đầu vào, phòng chống các lỗ hổng ứng dụng phổ biến', 'Input is validated; common application vulnerabilities are prevented', 2),
       ('KT.3.08', 'APPLICATION', 'Giới hạn truy cập giao diện quản trị ứng dụng', 'Access to the application''s administration is restricted', 2),
       ('KT.3.09', 'APPLICATION', 'Chống chối bỏ: chữ ký số cho giao dịch quan trọng', 'Non-repudiation: important transactions are digitally signed', 3),
       ('KT.3.10', 'APPLICATION', 'Nhật ký ứng dụng được bảo vệ khỏi sửa đổi và lưu tập trung', 'Application logs are protected from change and kept centrally', 3),
       ('KT.3.11', 'APPLICATION', 'Tường lửa ứng dụng web (WAF) cho ứng dụng cung cấp ra Internet', 'A web application firewall (WAF) for applications facing the Internet', 3),
       ('KT.3.12', 'APPLICATION', 'Kiểm tra mã nguồn, dò quét lỗ hổng ứng dụng trước khi triển khai', 'Source review and vulnerability scans before deployment', 3),
       ('KT.3.13', 'APPLICATION', 'Xác thực đa yếu tố cho tài khoản quản trị ứng dụng', 'Multi-factor authentication for application administrators', 4),
       ('KT.4.01', 'DATA', 'Sao lưu dự phòng dữ liệu quan trọng định kỳ', 'Important data is backed up regularly', 1),
       ('KT.4.02', 'DATA', 'Kiểm tra tính nguyên vẹn của dữ liệu quan trọng', 'The integrity of important data is checked', 2),
       ('KT.4.03', 'DATA', 'Mã hóa dữ liệu quan trọng khi truyền qua mạng', 'Important data is encrypted in transit', 2),
       ('KT.4.04', 'DATA', 'Thử khôi phục dữ liệu sao lưu định kỳ', 'Restores from backup are tested periodically', 2),
       ('KT.4.05', 'DATA', 'Khôi phục tính nguyên vẹn khi phát hiện dữ liệu bị sai lệch', 'Integrity is restored when data is found altered', 3),
       ('KT.4.06', 'DATA', 'Mã hóa dữ liệu nhạy cảm khi lưu trữ', 'Sensitive data is encrypted at rest', 3),
       ('KT.4.07', 'DATA', 'Bản sao lưu được lưu tách biệt khỏi hệ thống (phương tiện ngoài hoặc địa điểm khác)', 'Backups are kept apart from the system (external media or another site)', 3),
       ('KT.4.08', 'DATA', 'Quản lý khóa mã hóa an toàn', 'Encryption keys are managed securely', 4),
       ('KT.4.09', 'DATA', 'Thành phần quan trọng có dự phòng bảo đảm tính sẵn sàng', 'Critical components have standby for availability', 4),
       ('KT.4.10', 'DATA', 'Phòng chống rò rỉ dữ liệu (DLP) cho dữ liệu nhạy cảm', 'Data loss prevention (DLP) for sensitive data', 4),
       ('KT.4.11', 'DATA', 'Hệ thống dự phòng tại địa điểm khác (DR site)', 'A standby system at another site (DR site)', 5),
       ('KT.4.12', 'DATA', 'Diễn tập chuyển đổi sang hệ thống dự phòng định kỳ', 'Switching to the standby system is rehearsed periodically', 5)
ON CONFLICT (code) DO NOTHING;

CREATE TEMPORARY TABLE infosec_measure_moves (old_code VARCHAR(30) PRIMARY KEY, new_code VARCHAR(30) NOT NULL);
INSERT INTO infosec_measure_moves (old_code, new_code)
VALUES ('QL-01', 'QL.1.01'),
       ('QL-02', 'QL.2.01'),
       ('QL-03', 'QL.3.03'),
       ('QL-04', 'QL.5.07'),
       ('QL-05', 'QL.5.13'),
       ('QL-06', 'QL.4.09'),
       ('KT-01', 'KT.1.02'),
       ('KT-02', 'KT.2.05'),
       ('KT-03', 'KT.3.04'),
       ('KT-04', 'KT.4.01'),
       ('KT-05', 'QL.5.11'),
       ('KT-06', 'KT.1.10'),
       ('KT-07', 'KT.2.12'),
       ('KT-08', 'KT.4.11');

-- Progress moves to the new code; a row already kept for the new code wins.
INSERT INTO infosec_system_measures (system_id, measure_code, status, reason, updated_by, updated_at)
SELECT s.system_id, m.new_code, s.status, s.reason, s.updated_by, s.updated_at
FROM infosec_system_measures s
JOIN infosec_measure_moves m ON m.old_code = s.measure_code
ON CONFLICT (system_id, measure_code) DO NOTHING;
DELETE FROM infosec_system_measures s USING infosec_measure_moves m WHERE s.measure_code = m.old_code;

UPDATE infosec_evidence e SET measure_code = m.new_code FROM infosec_measure_moves m WHERE e.measure_code = m.old_code;

UPDATE infosec_measures x SET active = FALSE, replaced_by = m.new_code
FROM infosec_measure_moves m WHERE x.code = m.old_code;

-- Measures administrators added under the old group names join the circular's groups.
UPDATE infosec_measures SET measure_group = 'OPERATION' WHERE measure_group = 'OPERATIONS';
UPDATE infosec_measures SET measure_group = 'SERVER' WHERE measure_group = 'HOST';

DROP TABLE infosec_measure_moves;
