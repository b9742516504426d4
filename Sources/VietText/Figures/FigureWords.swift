/// The Vietnamese word lists `FigureExtractor` reads by, as hashes of their
/// lower-case forms (see `FigureLexer.hash`).
enum FigureWords {
    private static func key(_ word: String) -> UInt64 { FigureLexer.hash(word) }
    private static func keys(_ words: [String]) -> FigureWordSet { FigureWordSet(words.map(key)) }
    private static func map<Value>(_ pairs: [(String, Value)]) -> FigureWordMap<Value> {
        FigureWordMap(pairs.map { (key($0.0), $0.1) })
    }

    static let hang = key("hàng")
    static let la = key("là")
    static let tro = key("trở")
    static let len = key("lên")
    static let xuong = key("xuống")
    static let tu = key("từ")
    static let den = key("đến")
    static let toi = key("tới")
    static let nam = key("năm")
    static let mot = key("một")
    static let muoiPrefix = key("mười")
    static let muoi = key("mươi")
    static let tram = key("trăm")
    static let chuc = key("chục")
    static let linh = key("linh")
    static let le = key("lẻ")
    static let gio = key("giờ")
    static let h = key("h")
    static let thang = key("tháng")
    static let phan = key("phần")
    static let dLetter = key("đ")
    static let dong = key("đồng")
    static let `do` = key("đô")
    static let my = key("mỹ")
    static let dollarLa = key("la")
    static let nhan = key("nhân")
    static let dan = key("dân")
    static let te = key("tệ")
    static let tinh = key("tỉnh")
    static let thanh = key("thành")
    static let so = key("số")
    static let luc = key("lúc")
    static let vong = key("vòng")
    static let trong = key("trong")
    static let gram = key("g")
    static let khong = key("không")
    static let ho = key("hồ")
    static let soWith = key("so")
    static let hom = key("hôm")
    static let rang = key("rạng")
    static let hon = key("hơn")
    static let nua = key("nửa")
    static let ruoi = key("rưỡi")
    static let tuoi = key("tuổi")
    static let va = key("và")
    static let voi = key("với")
    static let dat = key("đạt")
    static let uoc = key("ước")
    static let tinhWord = key("tính")
    static let tang = key("tăng")
    static let truong = key("trưởng")
    static let chu = key("chu")
    static let ky = key("kỳ")
    static let doWord = key("độ")
    static let ca = key("cả")
    static let ba = key("ba")
    static let quyet = key("quyết")
    static let them = key("thêm")
    static let gan = key("gần")
    /// Words that say what became of the people or cases counted: `người chết`, `người bị thương`,
    /// `ca mắc mới`, `ca khỏi bệnh`.
    static let states = keys(["chết", "bị", "tử", "thiệt", "mất", "mắc", "nhiễm", "khỏi", "ngộ", "nhập", "bỏng", "sống", "thương", "nghi"])
    static let bi = key("bị")
    /// `người khác bị thương`, `người đã thiệt mạng`: words left out of the thing counted before a casualty.
    static let beforeCasualties = keys(["khác", "đã"])
    /// What became of people counted: `bị thương`, `bị nạn`, `chết`, `thiệt mạng`, `tử vong`, `thương vong`, `mất tích`.
    static let casualties = keys(["bị", "chết", "thiệt", "tử", "thương", "mất"])
    static let mat = key("mất")
    static let gap = key("gấp")
    static let moi = key("mỗi")
    /// `Một tiếng sau`, `một năm trước`: a duration.
    static let afterDurations = keys(["sau", "trước"])
    /// What a fraction after `tới`/`đến` may be a share of: `tới 1/3 tổng vốn`, `đến 2/3 số dân`.
    static let wholes = keys(["tổng", "số", "toàn", "lượng", "dân", "diện", "khối", "quỹ", "vốn", "thời", "quãng"])
    /// Documents a number names: `Nghị định 84`, `Nghị quyết 02`, `Thông tư 36`, `Chỉ thị 05`, `Quyết định 150`.
    static let documentKinds = map([
        ("nghị", keys(["định", "quyết"])), ("thông", keys(["tư"])), ("chỉ", keys(["thị"])), ("quyết", keys(["định"])),
    ])
    static let tat = key("tất")
    /// `khác nhau` (different), `liên tiếp nhau` (one after another): `nhau` that describes the things counted.
    static let notReciprocal = keys(["khác", "tiếp"])
    /// `ba lô` (a backpack), `ba gác` (a cart), `ba toong` (a cane), `cá ba sa`, `ba rọi`.
    static let nounsAfterBa = keys(["lô", "gác", "toong", "sa", "rọi"])
    /// Words that open another clause: `3 người bị thương khi hai xe đâm nhau`.
    static let clauseOpeners = keys(["khi", "và", "nhưng", "vì", "do", "nên", "để", "mà", "thì", "sau", "trước", "rồi", "hoặc", "hay", "nếu", "làm", "khiến", "gồm"])
    static let nhau = key("nhau")
    /// Words that state a rise when they come right before a figure (or before its qualifier
    /// and the words of `changeFillers`): `tăng 9,5%`, `tăng thêm 5 người`, `thêm 13 người`, `nhích 2 điểm`.
    static let increases = keys(["tăng", "thêm", "nhích", "vọt"])
    /// Words that state a fall in the same place: `giảm 42,9%`, `giảm đi 5 người`, `sụt 3 bậc`.
    static let decreases = keys(["giảm", "sụt", "bớt"])
    /// Comparatives that state a rise or fall when `so với` follows the figure: `cao hơn 5 điểm so với`, `nhích hơn 2.000 đồng so với`.
    static let comparativesUp = keys(["cao", "nhiều", "lớn", "đắt", "nhích", "dài", "xa", "nặng", "rộng"])
    static let comparativesDown = keys(["thấp", "ít", "rẻ", "nhỏ", "kém", "ngắn", "hẹp"])
    /// Words a change verb may stand before, between it and the figure: `tăng thêm`, `giảm đi`,
    /// `tăng mạnh`, `giảm được`, `tăng chóng mặt`, `tăng tổng cộng`, `giảm lần lượt`, and qualifiers.
    /// `lên`, `xuống`, `còn`, `mức` are not among them: `tăng lên 190 kg`, `giảm xuống còn 5%` are levels.
    static let changeFillers = keys([
        "thêm", "đi", "được", "mạnh", "nhẹ", "chóng", "mặt", "tổng", "cộng", "lần", "lượt", "tương", "ứng",
        "hơn", "khoảng", "gần", "chừng", "tầm", "ước", "tính", "xấp", "xỉ", "trên", "dưới", "tới", "đến", "gấp",
        "ít", "nhất", "tối", "thiểu", "đa", "nhanh", "vọt", "sâu", "tiếp", "thì", "có", "ngót", "cỡ", "độ", "trở", "lại",
    ])
    /// `không cao hơn`, `không vượt quá` (at most); `không thấp hơn`, `không ít hơn` (at least).
    static let negatedComparisons: FigureWordMap<FigureWordMap<FigureQualifier>> = map([
        ("cao", map([("hơn", .atMost)])), ("nhiều", map([("hơn", .atMost)])), ("lớn", map([("hơn", .atMost)])),
        ("vượt", map([("quá", .atMost)])), ("đắt", map([("hơn", .atMost)])), ("quá", map([("mức", .atMost)])),
        ("thấp", map([("hơn", .atLeast)])), ("ít", map([("hơn", .atLeast)])), ("nhỏ", map([("hơn", .atLeast)])),
        ("kém", map([("hơn", .atLeast)])), ("rẻ", map([("hơn", .atLeast)])),
    ])
    /// `tốc độ 1,5 GHz`, `nhiệt độ 40 độ`: `độ` that names a measure, not "about".
    static let degreeNouns = keys(["tốc", "nhiệt", "mật", "cường", "nồng", "trình", "góc", "vĩ", "kinh", "cao", "sâu", "ẩm", "chiều", "độ", "tầm", "tuổi", "tiến"])
    /// Time units: a figure counting them is a duration (`sau 62 năm`, `5 tháng đầu năm`), read as the unit alone.
    static let timeUnitList = ["năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tiếng", "quý", "đêm"]
    static let timeUnits = keys(timeUnitList)
    static let thapWord = key("thập")
    static let theWord = key("thế")
    /// Two-word time units: `hai thập niên`, `nửa thế kỷ`, `một giờ đồng hồ`, `3 ngày đêm`.
    static let twoWordTimeUnits = map([
        ("thập", keys(["niên", "kỷ", "kỉ"])), ("thế", keys(["kỷ", "kỉ"])), ("giờ", keys(["đồng"])), ("ngày", keys(["đêm"])),
        ("năm", keys(["tù", "ánh"])), ("tháng", keys(["tù"])),
    ])
    /// After `nửa` these are no amount: `nửa đêm`, `nửa đầu năm`, `liệt nửa người`.
    static let notAfterHalf = keys(["đêm", "đầu", "cuối", "người", "kia", "vời", "chừng", "mùa", "sau", "trước", "còn", "thân", "bên", "phần"])
    /// `ông 84`, `cụ bà 82`: a number right after these is an age or a name.
    static let personNouns = keys(["ông", "bà", "cụ", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "bé", "cậu", "mợ", "dì"])
    /// Before a fraction `2/3` these make it a date: `sáng 2/3`, `ngày 2/3`, `từ 1/3`.
    static let beforeDates = keys([
        "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "hôm", "rạng", "mùng", "mồng", "từ", "đến", "tới",
        "vào", "lúc", "trước", "sau", "cuối", "đầu", "giữa", "qua", "nay", "tháng", "năm", "thứ", "hạn", "dịp",
    ])
    /// After a fraction `2/3` these make it a date: `2/3 vừa qua`, `2/3 tới`.
    static let afterDates = keys(["vừa", "qua", "tới", "này", "năm", "sau", "trước", "đến", "tại", "đã", "và"])
    /// `giờ ngày`, `giờ sáng`: an hour of the day.
    static let afterClockHours: Set<String> = ["ngày", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "hôm"]
    /// Stop words that belong to the phrase after these: `cấp trên`, `hàng không`, `nước ngoài`, `ca mắc mới`.
    static let notStopsAfter = map([
        ("trên", keys(["cấp"])), ("dưới", keys(["cấp"])), ("không", keys(["hàng"])), ("ngoài", keys(["nước"])),
        ("mới", keys(["mắc", "nhiễm"])),
    ])
    /// `trong số 29.000 thí sinh`, `tổng số 20 tiêu chí`: `số` that is not a reference number.
    static let beforeSoMeaningCount = keys(["trong", "tổng", "con"])

    /// Digit words; `một` and `năm` count only before a multiplier, `mốt`, `tư`, `lăm`, `nhăm` only after `mươi`/`mười`.
    static let digits: FigureWordMap<Double> = map([
        ("nửa", 0.5), ("một", 1), ("mốt", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("tư", 4), ("năm", 5), ("lăm", 5), ("nhăm", 5),
        ("sáu", 6), ("bảy", 7), ("bẩy", 7), ("tám", 8), ("chín", 9),
    ])
    static let afterTensOnly = keys(["mốt", "tư", "lăm", "nhăm"])
    private static let wordStartList = ["hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "nửa"]
    /// Number words that may open a count on their own.
    static let wordStarts = keys(wordStartList)
    /// Every word a count may open with: `wordStarts`, and `một`, `năm` before a multiplier.
    static let countStarts = keys(wordStartList + ["một", "năm"])
    static let scales: FigureWordMap<Double> = map([("nghìn", 1e3), ("ngàn", 1e3), ("vạn", 1e4), ("triệu", 1e6), ("tỷ", 1e9), ("tỉ", 1e9)])
    static let multipliers = keys(["mươi", "chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"])
    /// What may follow `hàng` in `hàng chục`, `hàng nghìn`…
    static let hangScales = keys(["chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"])

    /// A number right after one of these is a date, a reference, an ordinal or an address:
    /// `ngày 25`, `năm 2022`, `số 04`, `thứ 4`, `Điều 5`, `nhiệm kỳ 2023`, `lúc 8`.
    static let references = keys([
        "ngày", "tháng", "năm", "quý", "số", "thứ", "điều", "khoản", "chương", "mục", "điểm", "khóa", "khoá", "kỳ", "kì",
        "lớp", "quận", "phường", "lộ", "km", "phòng", "tầng", "lô", "căn", "hẻm", "ngõ", "ngách", "kiệt", "tổ", "ấp", "xóm",
        "khu", "cụm", "thôn", "loại", "đội", "hotline", "tel", "fax", "đt", "lúc", "vòng", "hiệp", "phút", "tuần", "đợt", "bài", "câu", "trang",
        "tập", "phần", "mã", "hạng", "cấp", "khối", "tuổi", "giờ", "tốp", "top", "đoạn", "no", "tờ", "mẫu", "biểu", "phiên", "hồi",
        "mùng", "mồng", "sn",
    ])
    /// Number words after these are not counts: `cả hai`, `giữa hai`, and nouns spelled with
    /// one after an article or classifier (`một ba lô`, `chiếc ba gác`).
    static let notBeforeNumberWords = keys(["cả", "giữa", "mùng", "mồng", "anh", "chị", "ông", "bà", "cô", "chú", "một", "chiếc", "cái"])
    /// `hai bên`, `hai chiều`, `hai nước`, `ba mẹ`: a pair or a relation, not a count.
    static let pairNouns = keys([
        "bên", "chiều", "nước", "phía", "mặt", "miền", "đầu", "tay", "mẹ", "má", "tôi", "ơi", "chắn", "muồi", "suối",
        "vợ", "anh", "em", "chị", "cha", "bố", "ông", "bà",
    ])
    static let dayParts = keys(["sáng", "trưa", "chiều", "tối", "đêm", "khuya"])
    /// Letters written against a number that make a unit: `500.000đ`, `50km`, `30m2`.
    static let attachedUnits = keys(["đ", "km", "m", "mét", "ha", "kg", "g", "cm", "mm", "t", "mw", "kw", "kwh", "gb", "mb", "tb", "ml", "l", "mg", "mcg", "ghz", "mhz", "mah", "nm", "hp", "cc", "usd", "vnd", "vnđ"])
    /// Units written in a small letter only: `3G`, `4G`, `5M` are codes, not grams or metres.
    static let smallLetterUnits = keys(["g", "m", "t"])
    static let currencies = map([
        ("vnđ", "đồng"), ("vnd", "đồng"), ("đ", "đồng"), ("usd", "USD"), ("đôla", "USD"), ("euro", "euro"), ("eur", "euro"), ("yên", "yên"), ("bảng", "bảng"),
    ])
    /// `đồng chí`, `đồng bào`, `đồng hồ`: `đồng` that is not the currency.
    static let dongCompounds = keys([
        "chí", "bào", "nghiệp", "hương", "ruộng", "lúa", "hồ", "phục", "minh", "loạt", "đội", "thời", "bằng", "bộ", "ý",
        "thuận", "tình", "hành", "cấp", "xu", "nát", "cỏ", "dạng", "nhất", "sở", "hạng", "tác", "môn", "niên", "tộc",
    ])

    static let qualifiers: FigureWordMap<FigureQualifier> = map([
        ("hơn", .moreThan), ("trên", .moreThan), ("gần", .almost), ("suýt", .almost), ("ngót", .almost),
        ("khoảng", .about), ("chừng", .about), ("tầm", .about), ("ước", .about), ("độ", .about), ("cỡ", .about),
        ("tới", .upTo), ("đến", .upTo), ("dưới", .lessThan),
    ])
    static let twoWordQualifiers: FigureWordMap<FigureWordMap<FigureQualifier>> = {
        var table: [String: [(String, FigureQualifier)]] = [:]
        let pairs: [(String, String, FigureQualifier)] = [
            ("gần", "như", .almost), ("lên", "tới", .upTo), ("lên", "đến", .upTo), ("ít", "nhất", .atLeast),
            ("tối", "thiểu", .atLeast), ("tối", "đa", .atMost), ("không", "dưới", .atLeast), ("không", "quá", .atMost),
            ("nhiều", "nhất", .atMost), ("chưa", "đến", .lessThan), ("chưa", "tới", .lessThan), ("chưa", "đầy", .lessThan),
            ("không", "đến", .lessThan), ("ít", "hơn", .lessThan), ("nhiều", "hơn", .moreThan), ("xấp", "xỉ", .about),
            ("trên", "dưới", .about), ("ước", "tính", .about), ("khoảng", "chừng", .about), ("hơn", "kém", .about),
            ("trong", "vòng", .atMost), ("không", "hơn", .atMost), ("không", "kém", .atLeast), ("không", "tới", .lessThan),
        ]
        for (first, second, qualifier) in pairs { table[first, default: []].append((second, qualifier)) }
        return map(table.map { ($0.key, map($0.value)) })
    }()
    /// Qualifier words may stand capitalized before a number at a sentence start ("Hơn 2.000").
    static let qualifierWords = FigureWordSet(qualifiers.keys)

    /// Words that end the phrase a number counts: `đoàn viên là…`, `tập thể có…`, `buổi tuyên truyền về…`.
    static let stops = keys([
        "trong", "của", "về", "tại", "cho", "và", "với", "là", "được", "đã", "đang", "sẽ", "bị", "có", "từ", "đến", "tới",
        "ở", "theo", "nơi", "mà", "thì", "như", "gồm", "trên", "dưới", "ngoài", "sau", "trước", "khi", "nhưng", "hoặc",
        "hay", "để", "vì", "do", "bằng", "nên", "thuộc", "này", "đó", "kia", "nay", "ấy", "mỗi", "vào", "ra", "lên",
        "xuống", "đều", "cũng", "chỉ", "vẫn", "rồi", "không", "chưa", "so", "trở", "tham", "trị", "đây", "nữa", "thôi",
        "hơn", "nhất", "chiếm", "đạt", "tăng", "giảm", "nằm", "nhằm", "qua", "cùng", "khác", "mới", "còn", "nghèo",
        "tương", "thì", "ai", "gì", "nào", "sao", "các", "những", "nhiều", "ít", "mọi", "tất", "nhau", "đi", "lại",
        "nếu", "kể", "gây", "ôm", "phải", "rất",
    ])
    /// Stop words that begin a noun or the rest of the thing counted: `chỉ tiêu`, `chỉ số`, `người bị thương`.
    static let stopsNotBefore = map([("chỉ", keys(["tiêu", "số"])), ("bị", keys(["thương", "nạn"]))])
    /// Before these an hour is a time of day: `lúc 8 giờ`, `từ 11 giờ đến 17 giờ`.
    static let beforeClockTimes = keys(["lúc", "từ", "đến", "tới", "vào"])
    /// Two-word adjectives that end the phrase: `cá nhân xuất sắc`, `hộ khó khăn`.
    static let twoWordStops = map([
        ("xuất", keys(["sắc"])), ("tiêu", keys(["biểu"])), ("khó", keys(["khăn"])),
        ("tiên", keys(["tiến"])), ("liên", keys(["tiếp", "tục"])), ("tiến", keys(["hành"])),
        ("cung", keys(["cấp"])), ("hàng", keys(["ngày", "năm", "tháng", "tuần", "giờ", "đầu"])),
    ])
}
