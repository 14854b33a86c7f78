package main

// The word pools of the corpus. Entries of a [3]string are the same thing in
// Latvian, English and Vietnamese (the order of langs), so translations of a page
// say the same thing in their titles, front matter and headings.

// tr is one text in lv, en, vi.
type tr [3]string

// tagPool: the taxonomy keys (the same in every language) and their display names,
// written to i18n/<lang>.yaml as term.tags.KEY.
var tagPool = []struct {
	Key  string
	Name tr
}{
	{"mit-j-wel", tr{"MIT J-WEL", "MIT J-WEL", "MIT J-WEL"}},
	{"erasmus-plus", tr{"Erasmus+", "Erasmus+", "Erasmus+"}},
	{"digital-skills", tr{"Digitālās prasmes", "Digital skills", "Kỹ năng số"}},
	{"cooperation", tr{"Sadarbība", "Cooperation", "Hợp tác"}},
	{"higher-education", tr{"Augstākā izglītība", "Higher education", "Giáo dục đại học"}},
	{"education-innovation", tr{"Izglītības inovācijas", "Education innovation", "Đổi mới giáo dục"}},
	{"internationalisation", tr{"Internacionalizācija", "Internationalisation", "Quốc tế hóa"}},
	{"vocational-education", tr{"Profesionālā izglītība", "Vocational education", "Giáo dục nghề nghiệp"}},
	{"erdf", tr{"ERAF", "ERDF", "ERDF"}},
	{"health-care", tr{"Veselības aprūpe", "Health care", "Chăm sóc sức khỏe"}},
	{"entrepreneurship", tr{"Uzņēmējdarbība", "Entrepreneurship", "Khởi nghiệp"}},
	{"teacher-training", tr{"Skolotāju izglītība", "Teacher training", "Đào tạo giáo viên"}},
	{"green-transition", tr{"Zaļā pārkārtošanās", "Green transition", "Chuyển đổi xanh"}},
	{"research", tr{"Pētniecība", "Research", "Nghiên cứu"}},
	{"artificial-intelligence", tr{"Mākslīgais intelekts", "Artificial intelligence", "Trí tuệ nhân tạo"}},
	{"data-science", tr{"Datu zinātne", "Data science", "Khoa học dữ liệu"}},
	{"lifelong-learning", tr{"Mūžizglītība", "Lifelong learning", "Học tập suốt đời"}},
	{"student-mobility", tr{"Studentu mobilitāte", "Student mobility", "Trao đổi sinh viên"}},
	{"doctoral-studies", tr{"Doktorantūra", "Doctoral studies", "Đào tạo tiến sĩ"}},
	{"hybrid-learning", tr{"Hibrīdmācības", "Hybrid learning", "Học tập kết hợp"}},
	{"quality-assurance", tr{"Kvalitātes nodrošināšana", "Quality assurance", "Đảm bảo chất lượng"}},
	{"governance", tr{"Pārvaldība", "Governance", "Quản trị"}},
	{"cybersecurity", tr{"Kiberdrošība", "Cybersecurity", "An ninh mạng"}},
	{"engineering", tr{"Inženierzinātnes", "Engineering", "Kỹ thuật"}},
	{"chemistry", tr{"Ķīmija", "Chemistry", "Hóa học"}},
	{"geography", tr{"Ģeogrāfija", "Geography", "Địa lý"}},
	{"water-resources", tr{"Ūdens resursi", "Water resources", "Tài nguyên nước"}},
	{"journalism", tr{"Žurnālistika", "Journalism", "Báo chí"}},
	{"agriculture", tr{"Lauksaimniecība", "Agriculture", "Nông nghiệp"}},
	{"forestry", tr{"Mežsaimniecība", "Forestry", "Lâm nghiệp"}},
	{"tourism", tr{"Tūrisms", "Tourism", "Du lịch"}},
	{"medicine", tr{"Medicīna", "Medicine", "Y học"}},
	{"vietnam", tr{"Vjetnama", "Vietnam", "Việt Nam"}},
	{"latvia", tr{"Latvija", "Latvia", "Latvia"}},
	{"baltic-states", tr{"Baltijas valstis", "Baltic states", "Các nước Baltic"}},
	{"scholarships", tr{"Stipendijas", "Scholarships", "Học bổng"}},
	{"conferences", tr{"Konferences", "Conferences", "Hội nghị"}},
	{"workshops", tr{"Darbnīcas", "Workshops", "Hội thảo"}},
	{"open-science", tr{"Atvērtā zinātne", "Open science", "Khoa học mở"}},
	{"regional-development", tr{"Reģionālā attīstība", "Regional development", "Phát triển vùng"}},
}

// topics: lv in the genitive (it precedes the head noun), en and vi as a noun phrase.
var topics = []tr{
	{"digitālo prasmju", "digital skills", "kỹ năng số"},
	{"augstākās izglītības", "higher education", "giáo dục đại học"},
	{"profesionālās izglītības", "vocational education", "giáo dục nghề nghiệp"},
	{"veselības aprūpes", "health care", "chăm sóc sức khỏe"},
	{"internacionalizācijas", "internationalisation", "quốc tế hóa"},
	{"uzņēmējdarbības", "entrepreneurship", "khởi nghiệp"},
	{"skolotāju izglītības", "teacher training", "đào tạo giáo viên"},
	{"zaļās enerģijas", "green energy", "năng lượng xanh"},
	{"ūdens resursu pārvaldības", "water management", "quản lý tài nguyên nước"},
	{"inženierzinātņu", "engineering", "kỹ thuật"},
	{"ķīmijas", "chemistry", "hóa học"},
	{"ģeogrāfijas", "geography", "địa lý"},
	{"mūžizglītības", "lifelong learning", "học tập suốt đời"},
	{"pētniecības", "research", "nghiên cứu khoa học"},
	{"mākslīgā intelekta", "artificial intelligence", "trí tuệ nhân tạo"},
	{"datu zinātnes", "data science", "khoa học dữ liệu"},
	{"hibrīdmācību", "hybrid learning", "học tập kết hợp"},
	{"doktorantūras", "doctoral studies", "đào tạo tiến sĩ"},
	{"studentu mobilitātes", "student mobility", "trao đổi sinh viên"},
	{"krīžu komunikācijas", "crisis communication", "truyền thông khủng hoảng"},
	{"žurnālistikas", "journalism", "báo chí"},
	{"lauksaimniecības", "agriculture", "nông nghiệp"},
	{"mežsaimniecības", "forestry", "lâm nghiệp"},
	{"tūrisma", "tourism", "du lịch"},
	{"kiberdrošības", "cybersecurity", "an ninh mạng"},
	{"kvalitātes nodrošināšanas", "quality assurance", "đảm bảo chất lượng"},
	{"augstskolu pārvaldības", "university governance", "quản trị đại học"},
	{"inovāciju", "innovation", "đổi mới sáng tạo"},
	{"loģistikas", "logistics", "hậu cần"},
	{"medicīnas", "medicine", "y học"},
}

var orgs = []tr{
	{"Rīgas Tehniskā universitāte", "Riga Technical University", "Trường Đại học Kỹ thuật Riga"},
	{"Latvijas Universitāte", "University of Latvia", "Đại học Latvia"},
	{"Rīgas Stradiņa universitāte", "Rīga Stradiņš University", "Đại học Rīga Stradiņš"},
	{"Daugavpils Universitāte", "Daugavpils University", "Đại học Daugavpils"},
	{"Liepājas Universitāte", "Liepāja University", "Đại học Liepāja"},
	{"Latvijas Biozinātņu un tehnoloģiju universitāte", "Latvia University of Life Sciences and Technologies", "Đại học Khoa học Sự sống và Công nghệ Latvia"},
	{"Vidzemes Augstskola", "Vidzeme University of Applied Sciences", "Trường Đại học Ứng dụng Vidzeme"},
	{"Ventspils Augstskola", "Ventspils University of Applied Sciences", "Trường Đại học Ứng dụng Ventspils"},
	{"RTU Rīgas Biznesa skola", "RTU Riga Business School", "Trường Kinh doanh Riga (RTU)"},
	{"Izglītības inovāciju laboratorija", "The Education Innovation Lab", "Phòng thí nghiệm Đổi mới Giáo dục"},
	{"Hanojas Nacionālā universitāte", "Vietnam National University, Hanoi", "Đại học Quốc gia Hà Nội"},
	{"Kvangninas Industriālā universitāte", "Quang Ninh University of Industry", "Trường Đại học Công nghiệp Quảng Ninh"},
	{"Hošiminas Tehnoloģiju universitāte", "Ho Chi Minh City University of Technology", "Trường Đại học Bách khoa TP. Hồ Chí Minh"},
	{"Danangas Universitāte", "University of Danang", "Đại học Đà Nẵng"},
	{"Hue Universitāte", "Hue University", "Đại học Huế"},
	{"Izglītības un zinātnes ministrija", "The Ministry of Education and Science", "Bộ Giáo dục và Khoa học"},
	{"AlmaLaurea universitāšu konsorcijs", "The AlmaLaurea Interuniversity Consortium", "Hiệp hội Liên trường Đại học AlmaLaurea"},
	{"Bufalo Universitāte", "University at Buffalo", "Đại học Buffalo"},
}

// newsActions: "%s" is the topic.
var newsActions = []tr{
	{"atklāj %s centru", "opens a %s centre", "khai trương trung tâm %s"},
	{"uzsāk %s kursu", "launches a %s course", "khởi động khóa học %s"},
	{"rīko %s konferenci", "hosts a %s conference", "tổ chức hội nghị về %s"},
	{"paraksta %s sadarbības līgumu", "signs a %s cooperation agreement", "ký thỏa thuận hợp tác về %s"},
	{"saņem finansējumu %s projektam", "receives funding for a %s project", "nhận tài trợ cho dự án %s"},
	{"publicē %s pētījumu", "publishes a %s study", "công bố nghiên cứu về %s"},
	{"izsludina %s stipendiju konkursu", "announces %s scholarships", "công bố học bổng %s"},
	{"rīko %s darbnīcu", "runs a %s workshop", "tổ chức hội thảo %s"},
	{"sveic %s konkursa uzvarētājus", "congratulates the winners of the %s challenge", "chúc mừng những người đoạt giải cuộc thi %s"},
	{"pievienojas %s tīklam", "joins the %s network", "gia nhập mạng lưới %s"},
	{"uzņem %s ekspertu delegāciju", "welcomes a delegation of %s experts", "đón đoàn chuyên gia %s"},
	{"ievieš jaunu %s studiju programmu", "introduces a new %s study programme", "ra mắt chương trình đào tạo %s mới"},
}

// programKinds: the topic, then the year.
var programKinds = []tr{
	{"%s programma %d", "%s programme %d", "Chương trình %s %d"},
	{"%s stipendija %d", "%s scholarship %d", "Học bổng %s %d"},
	{"%s vasaras skola %d", "%s summer school %d", "Trường hè %s %d"},
	{"%s inovāciju konkurss %d", "%s innovation challenge %d", "Cuộc thi đổi mới %s %d"},
	{"%s mācības pasniedzējiem %d", "%s training for lecturers %d", "Tập huấn %s cho giảng viên %d"},
	{"%s mentoringa programma %d", "%s mentoring programme %d", "Chương trình cố vấn %s %d"},
}

// projectKinds: the topic, then the place. lv: the action noun follows the genitive.
var projectKinds = []tr{
	{"%s stiprināšana %s", "Strengthening %s in %s", "Tăng cường %s tại %s"},
	{"%s attīstība %s", "Developing %s in %s", "Phát triển %s tại %s"},
	{"%s digitalizācija %s", "Digitalising %s in %s", "Số hóa %s tại %s"},
	{"%s modernizācija %s", "Modernising %s in %s", "Hiện đại hóa %s tại %s"},
	{"%s kvalitātes pilnveide %s", "Improving the quality of %s in %s", "Nâng cao chất lượng %s tại %s"},
}

// places: lv in the locative.
var places = []tr{
	{"Latgalē", "Latgale", "Latgale"},
	{"Vidzemē", "Vidzeme", "Vidzeme"},
	{"Kurzemē", "Courland", "Kurzeme"},
	{"Zemgalē", "Semigallia", "Zemgale"},
	{"Rīgā", "Riga", "Riga"},
	{"Vjetnamā", "Vietnam", "Việt Nam"},
	{"Baltijas valstīs", "the Baltic states", "các nước Baltic"},
	{"Kvangninas provincē", "Quang Ninh province", "tỉnh Quảng Ninh"},
	{"Mekongas deltā", "the Mekong Delta", "Đồng bằng sông Cửu Long"},
	{"Eiropā", "Europe", "châu Âu"},
	{"Hanojā", "Hanoi", "Hà Nội"},
	{"Latvijas reģionos", "the regions of Latvia", "các vùng của Latvia"},
}

var locations = []tr{
	{"Rīga", "Riga", "Riga"},
	{"Daugavpils", "Daugavpils", "Daugavpils"},
	{"Liepāja", "Liepāja", "Liepāja"},
	{"Jelgava", "Jelgava", "Jelgava"},
	{"Valmiera", "Valmiera", "Valmiera"},
	{"Ventspils", "Ventspils", "Ventspils"},
	{"Hanoja", "Hanoi", "Hà Nội"},
	{"Hošimina", "Ho Chi Minh City", "Thành phố Hồ Chí Minh"},
	{"Kvangnina", "Quang Ninh", "Quảng Ninh"},
	{"Danang", "Da Nang", "Đà Nẵng"},
	{"Brisele", "Brussels", "Brussels"},
	{"Bostona", "Boston", "Boston"},
	{"Boloņa", "Bologna", "Bologna"},
}

// authors are people: their names are the same in every language.
var authors = []string{
	"Inese Piņķe", "Jānis Bērziņš", "Līga Kalniņa", "Ēriks Ozoliņš", "Māra Šteina",
	"Kārlis Žagars", "Ģirts Ķeniņš", "Aija Čakste", "Dace Ūdre", "Roberts Ļaksa",
	"Nguyễn Thị Hương", "Trần Văn Minh", "Lê Thu Hà", "Phạm Quốc Bảo", "Đỗ Thị Lan",
	"Paula Elksne", "Anna Smith", "Daniel O'Brien",
}

var fundings = []tr{
	{"ERAF", "ERDF", "ERDF"},
	{"Erasmus+ CBHE", "Erasmus+ CBHE", "Erasmus+ CBHE"},
	{"Erasmus+ KA2", "Erasmus+ KA2", "Erasmus+ KA2"},
	{"Eiropas Sociālais fonds", "European Social Fund", "Quỹ Xã hội châu Âu"},
	{"Latvijas Zinātnes padome", "Latvian Council of Science", "Hội đồng Khoa học Latvia"},
	{"Apvārsnis Eiropa", "Horizon Europe", "Chương trình Horizon Europe"},
	{"Atveseļošanas fonds", "Recovery and Resilience Facility", "Quỹ Phục hồi và Tự cường"},
}

var eventTitles = []tr{
	{"Pieteikšanās sākums", "Applications open", "Mở đăng ký"},
	{"Pieteikumu iesniegšanas termiņš", "Application deadline", "Hạn nộp hồ sơ"},
	{"Rezultātu paziņošana", "Results announced", "Công bố kết quả"},
	{"Atklāšanas konference", "Opening conference", "Hội nghị khai mạc"},
	{"Seminārs par stratēģiju", "Seminar: strategy", "Hội thảo: chiến lược"},
	{"Mentoringa sākums", "Mentoring starts", "Bắt đầu chương trình cố vấn"},
	{"Mācību vizīte", "Study visit", "Chuyến học tập thực tế"},
	{"Starpposma ziņojums", "Interim report", "Báo cáo giữa kỳ"},
	{"Noslēguma konference", "Closing conference", "Hội nghị bế mạc"},
}

var eligibilities = []tr{
	{"Pieteikties var **3–6 cilvēku komandas** no Latvijas zinātnes universitātēm; citas iestādes var piedalīties kā partneri.",
		"**Teams of 3–6 people** from Latvia's science universities may apply; other institutions may take part as partners.",
		"**Các nhóm từ 3–6 người** thuộc các trường đại học khoa học của Latvia có thể đăng ký; các tổ chức khác có thể tham gia với tư cách đối tác."},
	{"Pieteikties var augstskolu *akadēmiskais un administratīvais personāls*.",
		"Open to *academic and administrative staff* of higher education institutions.",
		"Dành cho *cán bộ giảng dạy và hành chính* của các cơ sở giáo dục đại học."},
	{"Programma ir atvērta maģistrantiem un doktorantiem, kuri studē **pilna laika** studijās.",
		"The programme is open to master's and doctoral students in **full-time** study.",
		"Chương trình dành cho học viên thạc sĩ và nghiên cứu sinh theo học **toàn thời gian**."},
	{"Pieteikties var profesionālās izglītības iestāžu skolotāji ar vismaz *divu gadu* darba pieredzi.",
		"Teachers at vocational schools with at least *two years* of experience may apply.",
		"Giáo viên các trường nghề có ít nhất *hai năm* kinh nghiệm có thể đăng ký."},
}

// headings: the translations of a page use the same headings, by index.
var headings = []tr{
	{"Projekta mērķi", "Aims of the project", "Mục tiêu dự án"},
	{"Galvenie rezultāti", "Main results", "Kết quả chính"},
	{"Sadarbības partneri", "Partners", "Đối tác hợp tác"},
	{"Nākamie soļi", "Next steps", "Các bước tiếp theo"},
	{"Kā pieteikties", "How to apply", "Cách đăng ký"},
	{"Finansējums un ilgums", "Funding and duration", "Kinh phí và thời gian"},
	{"Ko iegūst dalībnieki", "What participants gain", "Người tham gia nhận được gì"},
	{"Pieredze un mācības", "Experience and lessons", "Kinh nghiệm và bài học"},
	{"Ietekme uz reģionu", "Impact on the region", "Tác động đến khu vực"},
	{"Kāpēc tas ir svarīgi", "Why it matters", "Vì sao điều này quan trọng"},
	{"Ģimenes un kopienas iesaiste", "Involving families and communities", "Sự tham gia của gia đình và cộng đồng"},
	{"Ūdens un vides jautājumi", "Water and the environment", "Nước và môi trường"},
}

var tableHeads = tr{"Datums | Pasākums | Vieta", "Date | Event | Place", "Ngày | Sự kiện | Địa điểm"}

var readMore = tr{"Plašāk lasiet:", "Read more:", "Xem thêm:"}

// words: the vocabulary of body text, per language.
var words = [3][]string{
	{ // lv
		"sadarbība", "izglītība", "universitāte", "studenti", "pasniedzēji", "pētnieki", "attīstība", "inovācijas",
		"prasmes", "zināšanas", "mācības", "projekts", "programma", "partneri", "pieredze", "rezultāti", "mērķis",
		"sabiedrība", "reģions", "nākotne", "kvalitāte", "pārmaiņas", "iespējas", "tehnoloģijas", "digitālās",
		"jaunās", "starptautiskā", "ilgtspējīga", "kopīgi", "veiksmīgi", "šogad", "ļoti", "svarīgi", "ņemot",
		"vērā", "ģimenes", "ķīmija", "ūdens", "žurnālisti", "čempionāts", "dalībnieki", "vadītāji", "darbinieki",
		"iestādes", "uzņēmumi", "ministrija", "līgums", "finansējums", "konference", "semināri", "darbnīcas",
		"stratēģija", "plāns", "vide", "kopiena", "valsts", "pašvaldība", "skolēni", "absolventi", "zinātne",
		"pētniecība", "nozare", "tirgus", "darbs", "laiks", "gads", "mēnesis", "nedēļa", "diena", "vieta",
		"centrs", "tīkls", "atbalsts", "ieguldījums", "vērtība", "mērķtiecīgi", "aktīvi", "plaši", "atklāti",
		"praktiski", "stiprina", "veido", "attīsta", "piedāvā", "iesaista", "nodrošina", "uzlabo", "apvieno",
		"sagatavo", "palīdz", "māca", "pēta", "rada", "dalās", "un", "ar", "par", "no", "uz", "kā", "arī",
		"kas", "lai", "jau", "vēl", "tagad", "pēc", "visās", "jauniem", "augstskolās", "ekspertiem", "vērtēšana",
		"mācībspēki", "ģeogrāfija", "ķēde", "ļaudis", "ņiprs", "šķērslis", "ūdenstilpe", "žūrija", "čaklums",
	},
	{ // en
		"cooperation", "education", "university", "students", "lecturers", "researchers", "development", "innovation",
		"skills", "knowledge", "training", "project", "programme", "partners", "experience", "results", "goal",
		"society", "region", "future", "quality", "change", "opportunities", "technology", "digital", "new",
		"international", "sustainable", "together", "successfully", "this", "year", "very", "important", "taking",
		"into", "account", "families", "chemistry", "water", "journalists", "participants", "leaders", "staff",
		"institutions", "companies", "ministry", "agreement", "funding", "conference", "seminars", "workshops",
		"strategy", "plan", "environment", "community", "state", "municipality", "pupils", "graduates", "science",
		"research", "sector", "market", "work", "time", "month", "week", "day", "place", "centre", "network",
		"support", "investment", "value", "purposefully", "actively", "widely", "openly", "practically",
		"strengthens", "builds", "develops", "offers", "involves", "ensures", "improves", "brings", "prepares",
		"helps", "teaches", "studies", "creates", "shares", "and", "with", "about", "from", "to", "as", "also",
		"that", "so", "already", "still", "now", "after", "all", "the", "of", "in", "for", "a", "an", "our",
		"their", "regional", "experts", "assessment", "faculty", "mentors", "schools", "teams", "ideas",
	},
	{ // vi
		"hợp tác", "giáo dục", "trường đại học", "sinh viên", "giảng viên", "nhà nghiên cứu", "phát triển",
		"đổi mới", "kỹ năng", "kiến thức", "đào tạo", "dự án", "chương trình", "đối tác", "kinh nghiệm",
		"kết quả", "mục tiêu", "xã hội", "khu vực", "tương lai", "chất lượng", "thay đổi", "cơ hội", "công nghệ",
		"số", "mới", "quốc tế", "bền vững", "cùng nhau", "thành công", "năm nay", "rất", "quan trọng", "và",
		"với", "về", "từ", "đến", "như", "cũng", "để", "đã", "đang", "sẽ", "các", "những", "của", "trong",
		"tại", "cho", "người", "học", "hỗ trợ", "nâng cao", "xây dựng", "cải thiện", "tham gia", "chia sẻ",
		"tổ chức", "hội thảo", "hội nghị", "chiến lược", "kế hoạch", "môi trường", "cộng đồng", "quốc gia",
		"địa phương", "học sinh", "cựu sinh viên", "khoa học", "nghiên cứu", "ngành", "thị trường", "việc làm",
		"thời gian", "tháng", "tuần", "ngày", "trung tâm", "mạng lưới", "giá trị", "tích cực", "rộng rãi",
		"thực tiễn", "chuyên gia", "đánh giá", "nhà trường", "doanh nghiệp", "bộ", "thỏa thuận", "kinh phí",
		"gia đình", "hóa học", "nước", "nhà báo", "lãnh đạo", "cán bộ", "ý tưởng", "nhóm", "cố vấn",
		"ứng dụng", "được", "một", "nhiều", "hiệu quả", "chủ động", "mở rộng", "triển khai", "đồng hành",
	},
}

// links: external link targets of the body text.
var links = []string{
	"https://erasmus-plus.ec.europa.eu/",
	"https://jwel.mit.edu/",
	"https://www.rtu.lv/",
	"https://www.lu.lv/",
	"https://www.rsu.lv/",
	"https://www.izm.gov.lv/",
	"https://vnu.edu.vn/",
	"https://ec.europa.eu/regional_policy/funding/erdf_en",
	"https://www.buffalo.edu/",
	"https://www.almalaurea.it/en",
	"https://en.wikipedia.org/wiki/Latvia",
	"https://en.wikipedia.org/wiki/Vietnam",
}

// sectionIndex: the title and text of each section's _index page.
var sectionTitles = map[string]tr{
	"news":     {"Jaunumi", "News", "Tin tức"},
	"programs": {"Programmas", "Programmes", "Chương trình"},
	"projects": {"Projekti", "Projects", "Dự án"},
}

var sectionDescriptions = map[string]tr{
	"news":     {"Preses relīzes par sadarbības līgumiem, programmu atklāšanu un starptautisko projektu sākumu.", "Press releases about cooperation agreements, programme launches and the start of international projects.", "Thông cáo báo chí về các thỏa thuận hợp tác, việc khởi động chương trình và các dự án quốc tế."},
	"programs": {"Atbalsta programmas augstskolu komandām, pasniedzējiem un studentiem.", "Support programmes for university teams, lecturers and students.", "Các chương trình hỗ trợ dành cho nhóm đại học, giảng viên và sinh viên."},
	"projects": {"Projekti, kuros Latvijas un Vjetnamas augstskolas pārvērš idejas pārmaiņās.", "Projects in which universities in Latvia and Vietnam turn ideas into change.", "Các dự án trong đó các trường đại học Latvia và Việt Nam biến ý tưởng thành thay đổi."},
}

var siteTitles = tr{"Izglītības inovāciju vēstis", "Education Innovation News", "Tin tức đổi mới giáo dục"}

var homeDescription = tr{
	"Jaunumi, programmas un projekti par pārmaiņām augstākajā un profesionālajā izglītībā Latvijā un partnervalstīs.",
	"News, programmes and projects about change in higher and vocational education in Latvia and partner countries.",
	"Tin tức, chương trình và dự án về đổi mới giáo dục đại học và nghề nghiệp tại Latvia và các nước đối tác.",
}
