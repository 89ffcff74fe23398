using System.Runtime.CompilerServices;

namespace Weidu.Entities;

/// <summary>
/// The word lists the grammars are made of: post heads and the units that qualify them, the words that open and
/// close name lists, and the suffixes of organisation and place names. All are written by hand.
/// </summary>
internal static class Grammar
{
    /// <summary>The heads of official posts; a post is a head with the units before it (区委 + 书记).</summary>
    public static readonly WordSet PostHeads = new(
        "书记|副书记|总书记|代市长|代区长|代县长|代省长|第一书记|党组书记|党委书记|党工委书记|纪委书记|纪工委书记|政法委书记|常委|委员|常务委员|区长|副区长|常务副区长|市长|副市长|常务副市长|省长|副省长|常务副省长|县长|副县长|常务副县长|"
        + "镇长|副镇长|乡长|副乡长|主任|副主任|常务副主任|主席|副主席|常务副主席|部长|副部长|组织部长|宣传部长|统战部长|局长|副局长|政委|秘书长|副秘书长|组织员|院长|副院长|检察长|副检察长|"
        + "处长|副处长|科长|副科长|所长|副所长|校长|副校长|董事长|副董事长|总经理|副总经理|指挥长|副指挥长|常务副指挥长|调研员|巡视员|督导员|会长|副会长|馆长|副馆长|站长|队长|行长|社长|厂长|"
        + "团长|司令员|总理|副总理|委员长|副委员长|理事长|副理事长|组长|副组长|纪检组长|监察专员|主任委员|审判员|庭长|副庭长|主任科员|政治委员|总工程师|党支部书记|支部书记|总支书记|"
        + "特派员|专员|副专员|州长|副州长|参事|大使|领事|国务委员|议长|首相|总统|副总统|国王|外长|外交部长|部长助理|区长助理|市长助理|县长助理|一级巡视员|二级巡视员|四级调研员|三级调研员|二级调研员|一级调研员");

    /// <summary>Bare posts that may follow the name they belong to: 王国生书记, 习近平总书记.</summary>
    public static readonly WordSet PostsAfterNames = new("书记|总书记|主席|总理|副总理|区长|市长|省长|县长|部长|局长|主任|委员长");

    /// <summary>
    /// Posts a country has one holder of at a time (毛主席, 唐外长, 江总书记): a surname alone before one names the
    /// person, with no full name needed in the text.
    /// </summary>
    public static readonly WordSet NationalPosts = new("主席|总理|副总理|外长|总统|副总统|首相|委员长|总书记");

    /// <summary>Units that qualify a post wherever they stand (党委书记 after a company's name).</summary>
    public static readonly WordSet PostUnits = new(
        "党委|党组|党工委|工委|纪委|监委|纪工委|纪检组|政法委|编委|组织部|宣传部|统战部|武装部|人武部|办公室|财政局|公安局|公安分局|民政局|教育局|卫健委|发改委|"
        + "住建局|城管局|审计局|统计局|司法局|商务局|文广局|科工局|工信局|信访局|人社局|自然资源局|生态环境局|应急管理局|市场监管局|退役军人事务局|医保局|税务局|分局|"
        + "团委|妇联|总工会|工会|工商联|红十字会|科协|文联|侨联|残联|党校|党支部|总支|支部|常委会|委员会|管委会|指挥部|领导小组|办事处|街道|机关|党组织|监察委|法院|人民法院|检察院|人民检察院|派出所");

    /// <summary>
    /// Units that name a whole level of government or one of its bodies (区委, 市政府, 人大常委会); they begin a post
    /// only after a boundary, so that 魏都区人民政府区长 leaves 魏都区人民政府 to the organisation grammar.
    /// </summary>
    public static readonly WordSet LevelUnits = new(
        "人大常委会|常委会|政协|人大|政府|人民政府|中共|中央|国务院|全国|省委|市委|区委|县委|镇委|乡委|地委|州委|省|市|区|县|镇|乡|省政府|市政府|区政府|县政府|省人大|市人大|区人大|县人大|省政协|市政协|区政协|县政协|省纪委|市纪委|区纪委|县纪委|省监委|市监委|区监委|县监委");

    /// <summary>Words that open a list of names: 区领导张书杰、李朝锋.</summary>
    public static readonly WordSet ListOpeners = new(
        "记者|本报记者|通讯员|区领导|市领导|省领导|县领导|县级领导|县级干部|县级领导干部|四大班子领导|中央领导|党和国家领导人|领导同志|陪同人员|出席会议的有|参加会议的有|出席的有|参加的有");

    /// <summary>Words after a list opener that show it opens no list: 区领导班子, 县级领导干部.</summary>
    public static readonly WordSet NotListed = new("班子|干部|同志|小组|分包|联系|带头|包联");

    /// <summary>Characters of transliterated foreign names (卡洛斯·阿马特), joined by a middle dot.</summary>
    public static readonly BitSet Transliteration =
        BitSet.Of("阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴黛丹道德迪蒂杜多厄恩法菲费芬丰弗福盖甘冈戈格贡古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利丽莉林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米莫默姆穆纳娜奈南内尼妮涅努诺欧帕佩彭皮普奇齐恰乔切琴丘萨塞赛桑瑟森沙莎舍施什斯松苏索塔泰坦汤特滕提图托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊尤约泽扎詹兹卓佐尔茨夫娃娅顿钦逊赖瑞芭若延潘热琼肖");

    /// <summary>One-character abbreviations of countries and regions (中 in 中美, 俄 in 中俄两国).</summary>
    public static readonly BitSet CountryAbbreviations = BitSet.Of("中美俄日韩朝英法德意印巴伊泰菲澳加欧葡墨蒙柬缅");

    /// <summary>
    /// One-character abbreviations of countries that are function characters or begin other words as often (以, 叙, 埃,
    /// 奥): places only in a run with another country's (巴以, 埃中, 奥中).
    /// </summary>
    public static readonly BitSet PairedCountryAbbreviations = BitSet.Of("以叙埃奥");

    /// <summary>One-character abbreviations of cities and regions that follow a verb of travel (访华, 在京, 赴港).</summary>
    public static readonly BitSet CityAbbreviations = BitSet.Of("华京港台藏沪");

    /// <summary>One-character abbreviations of provinces and continents, which are places only in pairs the lexicon lists as places (青藏, 亚非).</summary>
    public static readonly BitSet RegionAbbreviations = BitSet.Of("亚非欧青藏川陕苏浙粤闽湘鄂赣皖鲁晋冀豫辽黔滇渝津琼桂");

    /// <summary>Pairs of abbreviations that are one place: 中亚 is Central Asia.</summary>
    public static readonly WordSet NotAbbreviationPairs = new("中亚");

    /// <summary>Pairs of rivers' abbreviations that name the region between them, as weather reports write it: two places (黄 and 淮 in 黄淮).</summary>
    public static readonly WordSet RiverPairs = new("黄淮|江淮");

    /// <summary>Verbs of travel and presence, and 对, before an abbreviated place: 访华, 来华, 驻华, 在京, 离港, 对美.</summary>
    public static readonly BitSet TravelVerbs = BitSet.Of("访来驻在抵离赴返进回侵援旅晋对");

    /// <summary>The words 俄 begins that are not 俄 alone, Russia.</summary>
    public static readonly WordSet RussiaWords = new("俄罗斯|俄国|俄语|俄文|俄顷|俄而|俄式|俄裔");

    /// <summary>Words after one country abbreviation that make it the country: 中方, 美军, 俄总统, 日政府.</summary>
    public static readonly WordSet AbbreviationHeads = new("方|军|总统|政府|总理|首相|外长|国防部|官员|驻");

    /// <summary>
    /// The heads after which one paired abbreviation alone is the country (以总理, 叙总统, 以方): heads of state, sides and
    /// armies, not 政府 or 官员, which follow 以 as a preposition as often (以政府名义).
    /// </summary>
    public static readonly WordSet PairedAbbreviationHeads = new("方|军|总统|总理|首相|外长|国防部");

    /// <summary>
    /// Final characters of village names, which make a surname and one character a place (丁庄, 潘窑), and of sites and
    /// harbours (卢浮宫, 连云港, 罗德岛): a name read from its characters that ends in one is the place's.
    /// </summary>
    public static readonly BitSet SettlementFinals = BitSet.Of("庄村寨屯营窑湾集店铺堡岗坡沟宫港岛");

    /// <summary>Words that commonly follow a name, so a character before them ends the name.</summary>
    public static readonly WordSet NameFollowers = new(
        "同志|出席|陪同|参加|主持|讲话|宣布|宣讲|通报|一同|一行|带队|致辞|宣读|指出|强调|表示|调研|到|在|等|和|与|及|说|对|向|为|是|的|了|就|率|作|代表|分别|先后|参观|考察|视察|慰问|看望|听取|会见|接见|"
        + "前往|来到|深入|走访|督导|检查|观摩|出任|担任|当选|任|兼|家中|逝世|去世|同|把|被|从|也|都|又|还|亲自|专题|带领|会同|主讲|发言|作了|介绍|汇报|参与|等人|当选为|一起|获得|荣获|二人|两人|三人|"
        + "将|已|曾|便|则|所|即|以|于|给|让|请|要|应|会|能|也是|认为|告诉|称|说道|问|答|介绍说|透露|");

    /// <summary>Suffixes that end an organisation's name.</summary>
    public static readonly WordSet OrganizationSuffixes = new(
        "女队|男队|国家队|组委会|筹委会|总厂|法工委|党中央|足球队|篮球队|排球队|网球队|乒乓球队|羽毛球队|棒球队|垒球队|冰球队|手球队|水球队|编队|舰队|代表队|联队|男篮|女篮|男排|女排|男足|女足|议会|委员会|办事处|社区|集团|公司|有限公司|总公司|联合体|分局|省委|市委|县委|区委|地委|州委|教委|科协|残联|侨联|文联|股份有限公司|局|委|部|中心|大学|学院|医院|学校|中学|小学|幼儿园|银行|研究院|研究所|协会|学会|联合会|基金会|商会|人民政府|"
        + "法院|检察院|派出所|支队|大队|中队|办公室|工作室|合作社|事务所|出版社|报社|电视台|电台|通讯社|党校|管委会|指挥部|俱乐部|医学院|卫生院|卫生室|服务站|工作站|图书馆|"
        + "文化馆|党委|党组|党工委|纪委|监委|常委会|人大|政协|团委|妇联|工会|总工会|联合会|促进会|研究会|理事会|董事会|代表团|考察团|工作组|督导组|调研组|检查组|"
        + "领导小组|队|厂|所|院|处|社|会|团|军|署|厅|组|超市|酒店|宾馆|联社|分行|支行|中心校|小组|党支部|支部|日报|晚报|时报|早报|商报|报|周刊|司");

    /// <summary>Kinds of tournament, which a team's name before them names (世界女篮 + 锦标赛): no body there.</summary>
    public static readonly WordSet Tournaments = new("锦标赛|邀请赛|联赛|对抗赛|选拔赛|大奖赛|挑战赛|公开赛|冠军赛");

    /// <summary>
    /// Units inside a body besides those that qualify posts (see <see cref="PostUnits"/>): a body and one of these
    /// right after it are one name (全国人大常委会法工委, 北京琉璃河水泥厂新线分厂).
    /// </summary>
    public static readonly WordSet SubUnits = new("法工委|党团|研究室|办公厅|秘书处|分会|分行|支行|分厂|分院|分公司|子公司|分社|分校|团支部|党总支|宣教科|教导处|新闻处|港澳办|台办|侨办|外办");

    /// <summary>
    /// Units that join only a listed body's short name (欧佩克 + 组织): after a body found by its suffix they are verbs
    /// (基金会组织 + 活动).
    /// </summary>
    public static readonly WordSet ListedBodyUnits = new("组织");

    /// <summary>Generic words for a government or a company: a place before one alone names no body (美国政府, 美国公司).</summary>
    public static readonly WordSet GenericBodies = new("政府|公司|企业|银行界|商界|政界|军方|当局|机关");

    /// <summary>
    /// The first letters of the lexicon's tags for words that begin no name when they stand alone: conjunctions,
    /// adverbs, prepositions, pronouns, particles, measures and verbs (如, 即).
    /// </summary>
    public static readonly BitSet FunctionTags = BitSet.Of("cdpruyqv");

    /// <summary>Bodies every reader knows, so that 欧盟 or 新华社 is an organisation without a suffix, and companies known worldwide or across China by their short names (波音, 飞利浦, 宝钢).</summary>
    public static readonly WordSet KnownOrganizations = new(
        "欧盟|欧佩克|北约|联合国|东盟|亚行|世行|世界银行|国际足联|世贸组织|欧共体|安理会|新华社|中新社|国会|参议院|众议院|内阁|国务院|全国人大|全国政协|中共中央|国家杜马|"
        + "党中央|省委|市委|县委|区委|地委|州委|共产党|中国共产党|国民党|共青团|解放军|人民解放军|武警|海军|陆军|空军|人大|政协|北大|清华|路透社|美联社|法新社|塔斯社|共同社|微软|英特尔|国际奥委会|"
        + "可口可乐|百事可乐|麦当劳|肯德基|耐克|阿迪达斯|索尼|丰田|三菱|东芝|日立|夏普|佳能|富士通|大宇|宝马|菲亚特|法拉利|沃尔沃|保时捷|劳斯莱斯|雪铁龙|"
        + "波音|空中客车|麦道|摩托罗拉|诺基亚|爱立信|西门子|飞利浦|阿尔卡特|惠普|康柏|思科|朗讯|雀巢|联合利华|宝洁|壳牌|埃克森|美孚|沃尔玛|家乐福|迪斯尼|雅马哈|"
        + "宝钢|鞍钢|首钢|武钢|邯钢|一汽|海尔|华为|康佳");

    /// <summary>Final characters of divisions: a listed place before a division's name is a larger division (江苏 | 泰兴市).</summary>
    public static readonly BitSet DivisionFinals = BitSet.Of("省市县区州镇乡村郡邦");

    /// <summary>One-character suffixes that are particles as often as bodies: 所 in 理论所指出, 处 in 所处.</summary>
    public static readonly BitSet ParticleSuffixes = BitSet.Of("所处");

    /// <summary>Characters of numbers: a body that ends in one counts bodies (五局, 41所) rather than names one.</summary>
    public static readonly BitSet Numerals = BitSet.Of("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万两几数");

    /// <summary>Units of administration that end a place; a place's body does not run over one (青海省 | 曲麻莱县, 红庄乡 | 陈沟村).</summary>
    public static readonly BitSet AdministrativeFinals = BitSet.Of("省市县镇乡");

    /// <summary>Suffixes that end a place's name; venues are places, as the newswire conventions tag them (人民大会堂, 首都体育馆, 中国美术馆).</summary>
    public static readonly WordSet LocationSuffixes = new(
        "路|街|大街|大道|巷|胡同|河|江|湖|渠|干渠|湾|港|区|市|省|县|镇|乡|村|庄|屯|寨|园|公园|园区|产业园|游园|广场|古城|遗址|故居|陵|山|岭|峰|岛|洲|州|城|桥|门|楼|塔|寺|庙|宫|"
        + "大会堂|体育馆|体育场|美术馆|博物馆|纪念馆|科技馆|展览中心|小区|花园|苑|家园|新村|景区|湿地|水库|半岛|海峡|海|洋|沟|坡|井|泉|滩|林场|农场|开发区|新区|高新区|集聚区|自治区|自治州|自治县|特区|街道|社区|片区|商圈|商城|公寓|大厦|中学|"
        + "机场|车站|火车站|大桥|档案馆|艺术馆|文学馆|航天中心|太空中心|演艺中心|邦|郡|大区");

    /// <summary>
    /// Characters that never begin or continue an organisation or place body: function words and pronouns. Characters
    /// common in names as well (都 in 魏都, 中 in 中国, 上 in 上海, 全 in 全国人大) are left to the stop words.
    /// </summary>
    public static readonly BitSet BodyBreakers =
        BitSet.Of("的了在和与及对把被从向是为将由等各本该这那其我你他她它们之以于而或并且就也又还很更最所有个些每多少来去到给让使得着过吗呢吧啊");

    /// <summary>Common nouns ending in a suffix that are not names on their own (城区, 全市), and events (音乐会, 首脑会).</summary>
    public static readonly WordSet SuffixFalsePositives = new(
        "汇报|捷报|申报|福报|公报|联合公报|音乐会|纪念会|首脑会|年会|座谈会|研讨会|报告会|演唱会|联欢会|招待会|茶话会|动员会|表彰会|交流会|洽谈会|展销会|展览会|发布会|见面会|庆功会|追悼会|讨论会|演讲会|峰会|例会|博览会|运动会|城区|市区|地区|山区|景区|园区|片区|辖区|社区|小区|校区|新区|老区|灾区|郊区|街区|城市|超市|都市|城乡|农村|乡村|城镇|全市|全区|全省|全县|本市|本区|该区|我区|我市|我省|各区|各市|"
        + "部门|全部|内部|外部|干部|局部|本部|总部|支部|西部|东部|南部|北部|中部|部分|委员|常委|中心|重心|核心|工会|机会|社会|大会|会议|协会|学会|开会|晚会|国会|都会|委会|"
        + "公司|分公司|子公司|医院|法院|学院|剧院|影院|庭院|书院|研究院|大学|中学|小学|学校|党校|银行|集团|小组|班组|合作社|报社|出版社|公园|花园|家园|校园|庄园|田园|乐园|游园|"
        + "道路|马路|公路|铁路|出路|思路|网路|线路|电路|门路|街道|大街|河道|江湖|湖泊|河流|山河|江山|长江|黄河|运河|护城河|高山|火山|山峰|高峰|高楼|大楼|城门|大门|部门|"
        + "国家|省份|城市|县城|县委|市委|区委|省委|党委|纪委|监委|村庄|农庄|寺庙|宫殿|桥梁|大桥|港口|海港|海洋|大海|岛屿|广场|商场|市场|农场|林场|现场|战场|会场|剧场|机场|"
        + "政府|人民政府|事业部|组织部|宣传部|统战部|武装部|办公室|居委会|村委|村委会|管委会|常委会|委员会|指挥部|俱乐部|总局|分局|当局|大局|格局|布局|结局|邮局|全局|"
        + "文化馆|博物馆|纪念馆|图书馆|体育馆|美术馆|科技馆|宾馆|酒店|饭店|商店|书店|工厂|车间|厂|所|院|处|站|社|会|团|军|署|厅|组|队|店|城|门|楼|塔|寺|庙|宫|园|苑|山|岭|峰|岛|洲|州|桥|井|泉|滩|沟|坡|海|洋|路|街|巷|河|江|湖|渠|湾|港|村|庄|屯|寨|局|委|部|区|市|省|县|镇|乡");

    /// <summary>Verbs and other words that end the left extension of a name body (调研 in 调研魏都区).</summary>
    public static readonly WordSet BodyStoppers = new(
        "日电|日讯|报讯|记者|调研|召开|举行|举办|参加|出席|陪同|深入|前往|来到|走进|考察|视察|慰问|观摩|位于|推进|建设|开展|组织|成立|揭牌|挂牌|检查|督导|督查|指导|走访|看望|会见|接见|主持|研究|部署|"
        + "落实|实施|完成|启动|开工|竣工|签约|签署|发布|印发|通过|审议|表彰|命名|评为|授予|荣获|获得|入选|列入|确定|批准|同意|支持|帮助|服务|联系|对接|共建|打造|创建|争创|申报|"
        + "负责|分管|主管|牵头|配合|协调|分包|包括|涉及|覆盖|辖|管辖|下辖|设|设立|撤销|合并|改为|更名|隶属|属于|成为|作为|担任|任|代表|率领|带领|带队|一行|全体|部分|相关|有关|"
        + "重点|主要|各级|各类|各个|各项|所有|全部|其他|其余|以及|或者|还有|同时|分别|先后|共同|一起|一同|计|约|近|余|多|首次|再次|正式|顺利|成功|圆满|隆重|热烈|认真|扎实|"
        + "积极|全面|深入|持续|不断|进一步|加快|加强|加大|提升|提高|强化|优化|完善|健全|规范|创新|推动|促进|实现|确保|做好|抓好|围绕|按照|根据|依据|通过|经过|针对|关于|对于|"
        + "由|在|到|从|向|往|为|给|与|和|同|跟|及|对|把|被|将|让|使|令|以|于|自|至|至今|期间|之间|当中|其中|今年|去年|明年|本年|全年|年度|上午|下午|晚上|当天|当日|是日|同日|");

    /// <summary>
    /// Verbs among the stoppers that say what a body does, which name it right before its suffix (协调委员会, 指导委员会,
    /// 促进会).
    /// </summary>
    public static readonly WordSet BodyPurposes = new("协调|指导|建设|研究|督导|督查|检查|推进|促进|监督|发展|评审|审查|考核|咨询|协商|管理|规划|认可|开发");

    /// <summary>
    /// The sun, the planets and the galaxy, which are places as 地球 is (the gold sets tag them so) but begin words that
    /// are none (太阳能, 太阳穴, 木星人): only where they run into no longer word.
    /// </summary>
    private const string CelestialBodyNames = "太阳|太阳系|银河|银河系|水星|木星|土星|天王星|海王星|冥王星";

    /// <summary>The words of <see cref="CelestialBodyNames"/>.</summary>
    public static readonly WordSet CelestialBodies = new(CelestialBodyNames);

    /// <summary>Places every reader knows, so that 中国 or 许昌 is a place without a suffix.</summary>
    public static readonly WordSet KnownPlaces = new(
        "中国|中华|中华人民共和国|北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|"
        + "许昌|郑州|洛阳|开封|平顶山|安阳|鹤壁|新乡|焦作|濮阳|漯河|三门峡|南阳|商丘|信阳|周口|驻马店|济源|禹州|长葛|鄢陵|襄城|建安|魏都|东城|中原|华北|华东|华南|华中|西北|西南|东北|"
        + "广州|深圳|南京|杭州|武汉|成都|西安|沈阳|长春|哈尔滨|济南|青岛|大连|厦门|福州|南昌|长沙|合肥|石家庄|太原|呼和浩特|南宁|海口|贵阳|昆明|拉萨|兰州|西宁|银川|乌鲁木齐|苏州|无锡|宁波|温州|"
        + "地球|月球|火星|" + CelestialBodyNames + "|美国|日本|英国|法国|德国|俄罗斯|苏联|意大利|加拿大|澳大利亚|印度|韩国|朝鲜|越南|泰国|新加坡|马来西亚|印度尼西亚|菲律宾|缅甸|老挝|柬埔寨|巴基斯坦|阿富汗|伊朗|伊拉克|以色列|巴勒斯坦|"
        + "埃及|南非|尼日利亚|肯尼亚|巴西|阿根廷|墨西哥|古巴|智利|秘鲁|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|丹麦|芬兰|波兰|捷克|匈牙利|奥地利|希腊|土耳其|乌克兰|蒙古|哈萨克斯坦|沙特|"
        + "欧洲|亚洲|非洲|美洲|北美|南美|拉美|大洋洲|中东|东南亚|亚太|太平洋|大西洋|印度洋|长江|黄河|珠江|淮河|海河|泰山|黄山|华山|嵩山|峨眉山|喜马拉雅|西藏|长城|故宫|天安门|中南海");
}

/// <summary>A set of words, looked up by the longest one that starts or ends at a position.</summary>
/// <remarks>
/// Two tries, of the words and of the words reversed: a look-up walks the text only as far as some word goes on,
/// instead of hashing every length up to the longest word.
/// </remarks>
internal sealed class WordSet
{
    private readonly NameTrie _forward;
    private readonly NameTrie _backward;

    public WordSet(string words)
    {
        var list = words.Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        Words = list;
        _forward = new NameTrie(list);
        _backward = new NameTrie(list.Select(w => string.Create(w.Length, w, static (span, word) =>
        {
            word.AsSpan().CopyTo(span);
            span.Reverse();
        })).ToArray());
    }

    /// <summary>The words, each once.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => _forward.IndexOf(word) >= 0;

    /// <summary>One set of the words of all <paramref name="sets"/>: its longest prefix of a text is the longest of theirs.</summary>
    public static WordSet Union(params ReadOnlySpan<WordSet> sets)
    {
        var words = new List<string>();
        foreach (var set in sets)
        {
            words.AddRange(set.Words);
        }

        return new WordSet(string.Join('|', words));
    }

    /// <summary>The length of the longest word that starts <paramref name="text"/>, or 0.</summary>
    /// <remarks>
    /// The trie's filters are read where the question is asked, and the walk is called only past them: most positions
    /// pass no filter, and the grammars ask from methods too large for the compiler to inline the whole question into.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LongestPrefix(ReadOnlySpan<char> text) => _forward.MayMatch(text, backward: false) ? Walked(_forward, text, backward: false) : 0;

    /// <summary>The length of the longest word that ends <paramref name="text"/>, or 0 (filtered as <see cref="LongestPrefix"/> is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LongestSuffix(ReadOnlySpan<char> text) => _backward.MayMatch(text, backward: true) ? Walked(_backward, text, backward: true) : 0;

    /// <summary>
    /// Whether a word may end <paramref name="text"/> at <paramref name="end"/>: false when <see cref="SuffixLengths"/>
    /// finds none there, told by the last characters alone, so a caller can skip its work at most positions.
    /// </summary>
    public bool MayEndAt(ReadOnlySpan<char> text, int end) => _backward.MayMatch(text[..end], backward: true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Walked(NameTrie trie, ReadOnlySpan<char> text, bool backward) => trie.LongestLength(text, backward);

    /// <summary>The lengths of every word that ends <paramref name="text"/> at <paramref name="end"/>, longest first, written to <paramref name="lengths"/>.</summary>
    public int SuffixLengths(ReadOnlySpan<char> text, int end, Span<int> lengths) => _backward.SuffixLengths(text[..end], lengths);
}

/// <summary>A set of UTF-16 code units as 8 KB of bits.</summary>
internal sealed class BitSet
{
    private readonly ulong[] _bits = new ulong[1024];

    public void Add(char c) => _bits[c >> 6] |= 1UL << (c & 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Whether every character of <paramref name="text"/> is in the set (肯尼迪 in the transliteration characters).</summary>
    public bool ContainsAll(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    public static BitSet Of(string characters)
    {
        var set = new BitSet();
        foreach (var c in characters)
        {
            set.Add(c);
        }

        return set;
    }
}
