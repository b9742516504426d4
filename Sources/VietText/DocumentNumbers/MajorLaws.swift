/// The numbers of major laws and codes by name and year, for laws cited by name only:
/// ("Bộ luật Lao động", 2019) → `45/2019/QH14`, ("Luật Tổ chức Chính phủ", 2025) → `63/2025/QH15`.
public enum MajorLaws {
    static let entries: [(name: String, year: Int, number: String)] = [
        ("Bộ luật Lao động", 2012, "10/2012/QH13"), ("Bộ luật Lao động", 2019, "45/2019/QH14"),
        ("Bộ luật Dân sự", 2015, "91/2015/QH13"), ("Bộ luật Hình sự", 2015, "100/2015/QH13"),
        ("Bộ luật Tố tụng dân sự", 2015, "92/2015/QH13"), ("Bộ luật Tố tụng hình sự", 2015, "101/2015/QH13"),
        ("Luật Tổ chức Chính phủ", 2015, "76/2015/QH13"), ("Luật Tổ chức Chính phủ", 2025, "63/2025/QH15"),
        ("Luật Tổ chức chính quyền địa phương", 2015, "77/2015/QH13"), ("Luật Tổ chức chính quyền địa phương", 2025, "72/2025/QH15"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", 2019, "47/2019/QH14"),
        ("Luật Tổ chức Quốc hội", 2014, "57/2014/QH13"),
        ("Luật Ban hành văn bản quy phạm pháp luật", 2015, "80/2015/QH13"),
        ("Luật Ban hành văn bản quy phạm pháp luật", 2025, "64/2025/QH15"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", 2020, "63/2020/QH14"),
        ("Luật Ngân sách nhà nước", 2015, "83/2015/QH13"), ("Luật Ngân sách nhà nước", 2025, "89/2025/QH15"),
        ("Luật Phí và lệ phí", 2015, "97/2015/QH13"),
        ("Luật Quản lý thuế", 2019, "38/2019/QH14"), ("Luật Quản lý thuế", 2025, "108/2025/QH15"),
        ("Luật Thuế thu nhập cá nhân", 2007, "04/2007/QH12"),
        ("Luật Thuế giá trị gia tăng", 2008, "13/2008/QH12"), ("Luật Thuế giá trị gia tăng", 2024, "48/2024/QH15"),
        ("Luật Thuế thu nhập doanh nghiệp", 2008, "14/2008/QH12"), ("Luật Thuế thu nhập doanh nghiệp", 2025, "67/2025/QH15"),
        ("Luật Kế toán", 2015, "88/2015/QH13"), ("Luật Thống kê", 2015, "89/2015/QH13"),
        ("Luật Doanh nghiệp", 2014, "68/2014/QH13"), ("Luật Doanh nghiệp", 2020, "59/2020/QH14"),
        ("Luật Đầu tư", 2020, "61/2020/QH14"), ("Luật Đầu tư công", 2019, "39/2019/QH14"), ("Luật Đầu tư công", 2024, "58/2024/QH15"),
        ("Luật Bảo hiểm xã hội", 2014, "58/2014/QH13"), ("Luật Bảo hiểm xã hội", 2024, "41/2024/QH15"),
        ("Luật Bảo hiểm y tế", 2008, "25/2008/QH12"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", 2014, "46/2014/QH13"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", 2024, "51/2024/QH15"),
        ("Luật Việc làm", 2013, "38/2013/QH13"), ("Luật Việc làm", 2025, "74/2025/QH15"),
        ("Luật An toàn, vệ sinh lao động", 2015, "84/2015/QH13"),
        ("Luật Công đoàn", 2012, "12/2012/QH13"), ("Luật Công đoàn", 2024, "50/2024/QH15"),
        ("Luật Cán bộ, công chức", 2008, "22/2008/QH12"), ("Luật Cán bộ, công chức", 2025, "80/2025/QH15"),
        ("Luật Viên chức", 2010, "58/2010/QH12"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức", 2019, "52/2019/QH14"),
        ("Luật Tố cáo", 2018, "25/2018/QH14"), ("Luật Khiếu nại", 2011, "02/2011/QH13"),
        ("Luật Xử lý vi phạm hành chính", 2012, "15/2012/QH13"), ("Luật Giáo dục", 2019, "43/2019/QH14"),
        ("Luật Giáo dục nghề nghiệp", 2014, "74/2014/QH13"),
        ("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", 2020, "69/2020/QH14"),
        ("Luật Trẻ em", 2016, "102/2016/QH13"), ("Luật Người cao tuổi", 2009, "39/2009/QH12"),
        ("Luật Người khuyết tật", 2010, "51/2010/QH12"), ("Luật Bình đẳng giới", 2006, "73/2006/QH11"),
        ("Luật Quản lý, sử dụng tài sản công", 2017, "15/2017/QH14"),
        ("Luật Đất đai", 2013, "45/2013/QH13"), ("Luật Đất đai", 2024, "31/2024/QH15"),
        ("Luật Chứng khoán", 2019, "54/2019/QH14"), ("Luật Đấu thầu", 2023, "22/2023/QH15"),
        ("Luật Phòng, chống tham nhũng", 2018, "36/2018/QH14"), ("Luật Thi đua, khen thưởng", 2022, "06/2022/QH15"),
        ("Luật Công an nhân dân", 2018, "37/2018/QH14"), ("Luật Hợp tác xã", 2023, "17/2023/QH15"),
        ("Luật Giao thông đường bộ", 2008, "23/2008/QH12"), ("Luật Bảo vệ môi trường", 2020, "72/2020/QH14"),
    ]

    private static let byKey: [String: String] = {
        var table: [String: String] = [:]
        for entry in entries { table["\(NamedLawReader.key(entry.name)) \(entry.year)"] = entry.number }
        return table
    }()

    /// The number of the law named `name` (a `NamedLawReader.key`) passed in `year`, if known.
    public static func number(name: String, year: Int) -> String? {
        byKey["\(name) \(year)"]
    }
}
