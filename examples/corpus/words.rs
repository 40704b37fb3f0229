//! The phrase pools the corpus is written from: each entry is a Vietnamese phrase and its
//! English translation, so a generated English page translates its Vietnamese original
//! sentence by sentence. The vocabulary is the administrative and economic language of a
//! provincial external-affairs site, with real diacritics in every tone and vowel mark.
//!
//! Phrases are written as they appear mid-sentence; the generator capitalises the first
//! letter where a sentence or list item starts.

/// A section of the corpus site: folder, titles, English slug, menu titles, description.
pub struct SectionDef {
    pub dir: &'static str,
    pub vi_title: &'static str,
    pub en_title: &'static str,
    pub en_slug: &'static str,
    pub vi_menu: &'static str,
    pub en_menu: &'static str,
    pub vi_description: &'static str,
    pub en_description: &'static str,
    /// Newest first (news, events) instead of by weight.
    pub by_date: bool,
    /// The content type of the section's pages (`themes/default/types/`), if not `page`.
    pub page_type: Option<&'static str>,
    /// More front matter of the Vietnamese `_index.md` (listing features).
    pub extra: &'static str,
}

/// About ten sections. `dau-tu` and `doi-tac` must exist: the default theme's home page
/// lists them with `get_section`.
pub const SECTIONS: &[SectionDef] = &[
    SectionDef {
        dir: "dau-tu",
        vi_title: "Dự án kêu gọi đầu tư",
        en_title: "Projects calling for investment",
        en_slug: "investment",
        vi_menu: "Đầu tư",
        en_menu: "Investment",
        vi_description: "Danh mục dự án trọng điểm tỉnh Hậu Giang kêu gọi đầu tư trong nông nghiệp, chế biến, công nghiệp, logistics và năng lượng.",
        en_description: "Hau Giang's key projects calling for investment in agriculture, processing, industry, logistics and energy.",
        by_date: false,
        page_type: Some("project"),
        extra: "template: projects.html\nsort_views: [capital, date]\nexport: projects\n",
    },
    SectionDef {
        dir: "doi-tac",
        vi_title: "Đối tác quốc tế",
        en_title: "International partners",
        en_slug: "partners",
        vi_menu: "Đối tác",
        en_menu: "Partners",
        vi_description: "Các địa phương, tổ chức và doanh nghiệp nước ngoài có quan hệ hợp tác với tỉnh Hậu Giang.",
        en_description: "Foreign localities, organisations and companies that cooperate with Hau Giang Province.",
        by_date: false,
        page_type: Some("partner"),
        extra: "",
    },
    SectionDef {
        dir: "hop-tac-quoc-te",
        vi_title: "Hợp tác quốc tế",
        en_title: "International cooperation",
        en_slug: "cooperation",
        vi_menu: "Hợp tác",
        en_menu: "Cooperation",
        vi_description: "Quan hệ hữu nghị, thỏa thuận hợp tác và chương trình hợp tác quốc tế của tỉnh.",
        en_description: "The province's friendship relations, cooperation agreements and international programmes.",
        by_date: false,
        page_type: None,
        extra: "",
    },
    SectionDef {
        dir: "tin-tuc",
        vi_title: "Tin tức đối ngoại",
        en_title: "External affairs news",
        en_slug: "news",
        vi_menu: "Tin tức",
        en_menu: "News",
        vi_description: "Tin tức về hoạt động đối ngoại, xúc tiến đầu tư và hợp tác quốc tế của tỉnh Hậu Giang.",
        en_description: "News of Hau Giang's external affairs, investment promotion and international cooperation.",
        by_date: true,
        page_type: None,
        extra: "feed: true\n",
    },
    SectionDef {
        dir: "su-kien",
        vi_title: "Sự kiện",
        en_title: "Events",
        en_slug: "events",
        vi_menu: "Sự kiện",
        en_menu: "Events",
        vi_description: "Hội nghị, hội thảo, hội chợ và diễn đàn quốc tế do tỉnh tổ chức hoặc tham gia.",
        en_description: "Conferences, workshops, fairs and international forums the province hosts or joins.",
        by_date: true,
        page_type: None,
        extra: "feed: true\n",
    },
    SectionDef {
        dir: "ngoai-giao-van-hoa",
        vi_title: "Ngoại giao văn hóa",
        en_title: "Cultural diplomacy",
        en_slug: "cultural-diplomacy",
        vi_menu: "Văn hóa",
        en_menu: "Culture",
        vi_description: "Quảng bá hình ảnh, văn hóa và con người Hậu Giang với bạn bè quốc tế.",
        en_description: "Presenting Hau Giang's image, culture and people to friends abroad.",
        by_date: false,
        page_type: None,
        extra: "",
    },
    SectionDef {
        dir: "doan-ra-doan-vao",
        vi_title: "Đoàn ra, đoàn vào",
        en_title: "Delegations",
        en_slug: "delegations",
        vi_menu: "Đoàn ra, đoàn vào",
        en_menu: "Delegations",
        vi_description: "Đoàn công tác của tỉnh ra nước ngoài và đoàn khách quốc tế đến làm việc tại Hậu Giang.",
        en_description: "Provincial delegations abroad and foreign delegations visiting Hau Giang.",
        by_date: true,
        page_type: None,
        extra: "",
    },
    SectionDef {
        dir: "nong-nghiep",
        vi_title: "Nông nghiệp công nghệ cao",
        en_title: "High-tech agriculture",
        en_slug: "agriculture",
        vi_menu: "Nông nghiệp",
        en_menu: "Agriculture",
        vi_description: "Hợp tác quốc tế trong nông nghiệp ứng dụng công nghệ cao, chế biến nông sản và xây dựng nông thôn mới.",
        en_description: "International cooperation in high-tech agriculture, agro-processing and new rural development.",
        by_date: false,
        page_type: None,
        extra: "",
    },
    SectionDef {
        dir: "du-lich",
        vi_title: "Du lịch Hậu Giang",
        en_title: "Visiting Hau Giang",
        en_slug: "tourism",
        vi_menu: "Du lịch",
        en_menu: "Tourism",
        vi_description: "Du lịch sinh thái sông nước, chợ nổi Ngã Bảy và khu bảo tồn thiên nhiên Lung Ngọc Hoàng.",
        en_description: "River eco-tourism, the Nga Bay floating market and the Lung Ngoc Hoang nature reserve.",
        by_date: false,
        page_type: None,
        extra: "",
    },
    SectionDef {
        dir: "vien-tro-phi-chinh-phu",
        vi_title: "Viện trợ phi chính phủ",
        en_title: "Non-governmental aid",
        en_slug: "ngo-aid",
        vi_menu: "Viện trợ",
        en_menu: "Aid",
        vi_description: "Vận động, quản lý và sử dụng viện trợ của các tổ chức phi chính phủ nước ngoài.",
        en_description: "Mobilising, managing and using aid from foreign non-governmental organisations.",
        by_date: false,
        page_type: None,
        extra: "",
    },
];

/// Values of the `project` type's enums (`themes/default/types/project.yaml`).
pub const SECTORS: &[&str] = &[
    "agriculture",
    "agro-processing",
    "industry",
    "infrastructure",
    "urban-development",
    "tourism",
    "energy",
    "logistics",
    "healthcare-education",
];
pub const DISTRICTS: &[&str] = &[
    "vi-thanh",
    "nga-bay",
    "long-my-town",
    "long-my",
    "phung-hiep",
    "chau-thanh",
    "chau-thanh-a",
    "vi-thuy",
];
pub const STATUSES: &[&str] = &["calling", "preparing", "licensed"];
pub const INVESTMENT_FORMS: &[&str] = &["fdi", "ppp", "joint-venture", "domestic"];

/// Values of the `partner` type's enums (`themes/default/types/partner.yaml`).
pub const COUNTRIES: &[&str] = &[
    "korea",
    "japan",
    "south-africa",
    "israel",
    "india",
    "australia",
    "other",
];
pub const PARTNER_KINDS: &[&str] = &[
    "province",
    "county",
    "institute",
    "foundation",
    "organisation",
];

/// A Vietnamese phrase and its English translation.
pub type Pair = (&'static str, &'static str);

/// Who acts (mid-sentence case).
pub const SUBJECTS: &[Pair] = &[
    (
        "Ủy ban nhân dân tỉnh Hậu Giang",
        "the Hau Giang Provincial People's Committee",
    ),
    ("Sở Ngoại vụ", "the Department of Foreign Affairs"),
    (
        "Sở Kế hoạch và Đầu tư",
        "the Department of Planning and Investment",
    ),
    (
        "Sở Nông nghiệp và Phát triển nông thôn",
        "the Department of Agriculture and Rural Development",
    ),
    ("Sở Công Thương", "the Department of Industry and Trade"),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "the Department of Culture, Sports and Tourism",
    ),
    (
        "Ban Quản lý các khu công nghiệp",
        "the Industrial Zones Management Board",
    ),
    (
        "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
        "the Investment, Trade and Tourism Promotion Centre",
    ),
    (
        "Ủy ban nhân dân thành phố Vị Thanh",
        "the Vi Thanh City People's Committee",
    ),
    (
        "Hiệp hội doanh nghiệp tỉnh",
        "the provincial business association",
    ),
    (
        "các sở, ban, ngành và địa phương",
        "provincial departments and localities",
    ),
    (
        "Liên hiệp các tổ chức hữu nghị tỉnh",
        "the provincial Union of Friendship Organisations",
    ),
    ("Trường Đại học Võ Trường Toản", "Vo Truong Toan University"),
    ("Hội Nông dân tỉnh", "the provincial Farmers' Union"),
];

/// What they do (past tense in English, which fits every subject).
pub const VERBS: &[Pair] = &[
    ("tăng cường", "stepped up"),
    ("đẩy mạnh", "gave new impetus to"),
    ("chủ động triển khai", "took the lead in"),
    ("phối hợp tổ chức", "jointly organised work on"),
    ("tiếp tục mở rộng", "continued to expand"),
    ("nghiên cứu, đề xuất", "studied and proposed"),
    ("xây dựng kế hoạch về", "drew up plans for"),
    (
        "ưu tiên bố trí nguồn lực cho",
        "gave priority in its budget to",
    ),
    ("kiểm tra, đánh giá", "reviewed"),
    (
        "hướng dẫn doanh nghiệp tham gia",
        "helped companies take part in",
    ),
];

/// What it is about (mid-sentence case).
pub const OBJECTS: &[Pair] = &[
    ("hợp tác quốc tế", "international cooperation"),
    ("xúc tiến đầu tư", "investment promotion"),
    (
        "các dự án nông nghiệp ứng dụng công nghệ cao",
        "high-tech agriculture projects",
    ),
    ("hoạt động ngoại giao văn hóa", "cultural diplomacy"),
    (
        "chương trình đào tạo nguồn nhân lực",
        "human resource training programmes",
    ),
    ("công tác thông tin đối ngoại", "external information work"),
    (
        "quan hệ hữu nghị với các địa phương nước ngoài",
        "friendly relations with foreign localities",
    ),
    (
        "vận động viện trợ phi chính phủ nước ngoài",
        "mobilising foreign non-governmental aid",
    ),
    (
        "phát triển hạ tầng giao thông và logistics",
        "transport and logistics infrastructure",
    ),
    ("chế biến nông sản xuất khẩu", "agro-processing for export"),
    ("du lịch sinh thái sông nước", "river eco-tourism"),
    ("các dự án năng lượng tái tạo", "renewable energy projects"),
    (
        "chuyển đổi số trong cơ quan nhà nước",
        "digital transformation in public agencies",
    ),
    ("xây dựng nông thôn mới", "new rural development"),
    (
        "bảo hộ công dân và quản lý người nước ngoài",
        "consular protection and the management of foreign residents",
    ),
    (
        "vùng lúa chất lượng cao",
        "the high-quality rice growing areas",
    ),
    (
        "kết nối cộng đồng người Việt Nam ở nước ngoài",
        "ties with the Vietnamese community abroad",
    ),
    ("thương mại biên mậu và xuất khẩu", "trade and exports"),
];

/// Where, when, why or how (mid-sentence case).
pub const COMPLEMENTS: &[Pair] = &[
    (
        "với các đối tác Hàn Quốc và Nhật Bản",
        "with partners in Korea and Japan",
    ),
    ("trong giai đoạn 2021–2025", "over the 2021–2025 period"),
    (
        "nhằm nâng cao năng lực cạnh tranh của tỉnh",
        "to raise the province's competitiveness",
    ),
    ("theo đúng quy định của pháp luật", "in line with the law"),
    ("trên địa bàn huyện Phụng Hiệp", "in Phung Hiep district"),
    ("tại thị xã Long Mỹ", "in Long My town"),
    ("tại thành phố Ngã Bảy", "in Nga Bay city"),
    ("ở huyện Châu Thành A", "in Chau Thanh A district"),
    ("ở huyện Vị Thủy", "in Vi Thuy district"),
    (
        "bảo đảm hiệu quả, tiết kiệm và thiết thực",
        "effectively, economically and with practical results",
    ),
    (
        "gắn với mục tiêu tăng trưởng xanh và bền vững",
        "in keeping with the goal of green, sustainable growth",
    ),
    (
        "với sự tham gia của cộng đồng doanh nghiệp",
        "with the participation of the business community",
    ),
    (
        "để thu hút vốn và công nghệ từ nước ngoài",
        "to attract capital and technology from abroad",
    ),
    (
        "cùng các tỉnh vùng đồng bằng sông Cửu Long",
        "together with the other Mekong Delta provinces",
    ),
    (
        "theo Kế hoạch số 33/KH-UBND của tỉnh",
        "under the province's Plan No. 33/KH-UBND",
    ),
    (
        "với sự hỗ trợ của Bộ Ngoại giao",
        "with the support of the Ministry of Foreign Affairs",
    ),
];

/// Kinds of page, with the shape of the title (`{}` is the topic).
pub const TITLE_KINDS: &[(&str, &str)] = &[
    ("Dự án {}", "{} project"),
    ("Chương trình {}", "{} programme"),
    ("Hội nghị về {}", "Conference on {}"),
    ("Kế hoạch {}", "Plan for {}"),
    ("Đề án {}", "Scheme for {}"),
    ("Hội thảo {}", "Workshop on {}"),
    ("Đoàn công tác về {}", "Delegation on {}"),
    ("Báo cáo {}", "Report on {}"),
];

/// Title topics.
pub const TOPICS: &[Pair] = &[
    (
        "phát triển nông nghiệp công nghệ cao",
        "high-tech agriculture development",
    ),
    (
        "xúc tiến đầu tư, thương mại",
        "investment and trade promotion",
    ),
    (
        "hợp tác với tỉnh Jeollanam-do",
        "cooperation with Jeollanam-do",
    ),
    ("khu công nghiệp sông Hậu", "the Song Hau industrial park"),
    ("du lịch sinh thái", "eco-tourism"),
    ("chế biến trái cây xuất khẩu", "fruit processing for export"),
    ("điện mặt trời", "solar power"),
    ("trung tâm logistics", "a logistics centre"),
    (
        "đào tạo nghề chất lượng cao",
        "high-quality vocational training",
    ),
    ("bảo tồn văn hóa sông nước", "preserving river culture"),
    ("thông tin đối ngoại", "external information"),
    ("viện trợ phi chính phủ", "non-governmental aid"),
    ("nuôi trồng thủy sản bền vững", "sustainable aquaculture"),
    ("cấp nước sạch nông thôn", "rural clean water supply"),
    ("đô thị thông minh", "smart urban development"),
    ("chuỗi giá trị lúa gạo", "the rice value chain"),
];

/// Where a titled page is.
pub const PLACES: &[Pair] = &[
    ("Vị Thanh", "Vi Thanh"),
    ("Ngã Bảy", "Nga Bay"),
    ("Long Mỹ", "Long My"),
    ("Phụng Hiệp", "Phung Hiep"),
    ("Châu Thành", "Chau Thanh"),
    ("Châu Thành A", "Chau Thanh A"),
    ("Vị Thủy", "Vi Thuy"),
    ("Hậu Giang", "Hau Giang"),
];

/// `##` headings after the first ("Tổng quan"), all distinct.
pub const HEADINGS: &[Pair] = &[
    ("Bối cảnh và mục tiêu", "Background and objectives"),
    ("Nội dung hợp tác", "Areas of cooperation"),
    ("Kết quả đạt được", "Results achieved"),
    ("Kế hoạch triển khai", "Implementation plan"),
    ("Cơ hội cho nhà đầu tư", "Opportunities for investors"),
    ("Đối tác tham gia", "Participating partners"),
    ("Định hướng giai đoạn tới", "Outlook for the coming period"),
    ("Cơ chế phối hợp", "Coordination"),
    ("Nguồn lực thực hiện", "Resources"),
    ("Khó khăn và kiến nghị", "Difficulties and recommendations"),
];

/// `###` subheadings.
pub const SUBHEADINGS: &[Pair] = &[
    ("Đối với cơ quan nhà nước", "For public agencies"),
    ("Đối với doanh nghiệp", "For companies"),
    ("Đối với người dân", "For residents"),
    ("Về thủ tục hành chính", "Administrative procedures"),
];

/// Rows of a page's key-figures table: label, unit, the range of the value.
pub const METRICS: &[(&str, &str, &str, &str, u32)] = &[
    ("Diện tích", "Area", "ha", "ha", 5_000),
    (
        "Tổng vốn đầu tư",
        "Total investment",
        "tỷ đồng",
        "billion VND",
        20_000,
    ),
    (
        "Số lao động dự kiến",
        "Expected jobs",
        "người",
        "people",
        3_000,
    ),
    ("Thời gian thực hiện", "Duration", "năm", "years", 15),
    ("Sản lượng", "Output", "tấn/năm", "tonnes a year", 90_000),
    ("Tỷ lệ hoàn thành", "Completion", "%", "%", 100),
    (
        "Số đối tác tham gia",
        "Partners involved",
        "đối tác",
        "partners",
        40,
    ),
];

/// The tag pool: fifty keywords.
pub const TAGS: &[Pair] = &[
    ("đầu tư", "investment"),
    ("nông nghiệp", "agriculture"),
    ("hợp tác quốc tế", "international cooperation"),
    ("Hậu Giang", "Hau Giang"),
    ("Hàn Quốc", "Korea"),
    ("Nhật Bản", "Japan"),
    ("Israel", "Israel"),
    ("Ấn Độ", "India"),
    ("Úc", "Australia"),
    ("Nam Phi", "South Africa"),
    ("xúc tiến thương mại", "trade promotion"),
    ("du lịch", "tourism"),
    ("văn hóa", "culture"),
    ("giáo dục", "education"),
    ("đào tạo nghề", "vocational training"),
    ("y tế", "health"),
    ("môi trường", "environment"),
    ("biến đổi khí hậu", "climate change"),
    ("năng lượng tái tạo", "renewable energy"),
    ("điện mặt trời", "solar power"),
    ("logistics", "logistics"),
    ("khu công nghiệp", "industrial parks"),
    ("chế biến nông sản", "agro-processing"),
    ("lúa gạo", "rice"),
    ("trái cây", "fruit"),
    ("thủy sản", "aquaculture"),
    ("nông thôn mới", "new rural development"),
    ("Saemaul", "Saemaul"),
    ("viện trợ phi chính phủ", "NGO aid"),
    ("ODA", "ODA"),
    ("kiều bào", "overseas Vietnamese"),
    ("lãnh sự", "consular affairs"),
    ("bảo hộ công dân", "citizen protection"),
    ("đoàn ra", "outgoing delegations"),
    ("đoàn vào", "incoming delegations"),
    ("hội nghị", "conferences"),
    ("hội chợ", "fairs"),
    ("chuyển đổi số", "digital transformation"),
    ("đô thị", "urban development"),
    ("giao thông", "transport"),
    ("nước sạch", "clean water"),
    ("doanh nghiệp", "business"),
    ("khởi nghiệp", "start-ups"),
    ("thông tin đối ngoại", "external information"),
    ("ngoại giao văn hóa", "cultural diplomacy"),
    ("hữu nghị", "friendship"),
    ("Vị Thanh", "Vi Thanh"),
    ("Ngã Bảy", "Nga Bay"),
    ("Long Mỹ", "Long My"),
    ("Phụng Hiệp", "Phung Hiep"),
];

/// Sentences that close a paragraph with a link: `{}` is the link.
pub const LINK_SENTENCES: &[Pair] = &[
    (
        "Thông tin chi tiết được trình bày tại trang {}.",
        "Details are given on the page {}.",
    ),
    ("Xem thêm {}.", "See also {}."),
    (
        "Nội dung này liên quan chặt chẽ với {}.",
        "This is closely linked to {}.",
    ),
    (
        "Nhà đầu tư quan tâm có thể tham khảo {}.",
        "Interested investors may also read {}.",
    ),
];
