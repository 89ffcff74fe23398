namespace Weidu.Entities.Tests;

/// <summary>
/// How organisation and place bodies meet the names around them (sentences written for these tests, not taken from
/// any gold set): a place heads the organisation after it, a listed name keeps its bounds, and a suffix after a word
/// of the sentence names nothing.
/// </summary>
public sealed class OrganizationAndPlaceTests
{
    private static readonly EntityTagger Tagger = new();

    private static string[] Texts(string text, EntityType type) =>
        Tagger.Tag(text).AsImmutableArray().Where(m => m.Type == type).Select(m => m.Text).ToArray();

    [Theory]
    [InlineData("日本女队昨天抵达赛地。", "日本女队")]
    [InlineData("深圳华为公司推出新产品。", "深圳华为公司")]
    [InlineData("山西省残联举办培训班。", "山西省残联")]
    [InlineData("中共河北省委召开全会。", "中共河北省委")]
    [InlineData("天津琉璃河水泥厂扩建了生产线。", "天津琉璃河水泥厂")]
    public void A_place_before_an_organisation_is_part_of_its_name(string text, string name)
    {
        Assert.Equal([name], Texts(text, EntityType.Organization));
        Assert.Empty(Texts(text, EntityType.Location));
    }

    [Theory]
    [InlineData("新开辟的航线由阿根廷航空公司经营。", "阿根廷航空公司")]
    [InlineData("双方举行会谈并战胜南非队。", "南非队")]
    public void An_organisation_starts_at_the_place_that_heads_it(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Fact]
    public void A_listed_place_keeps_its_bounds_before_a_place_suffix() =>
        Assert.Equal(["上海"], Texts("货轮今天驶离上海。", EntityType.Location));

    [Fact]
    public void A_province_before_a_city_is_a_place_of_its_own() =>
        Assert.Equal(["江苏", "泰兴市"], Texts("他来自江苏泰兴市。", EntityType.Location));

    [Theory]
    [InlineData("他们肯定会来参加。")]
    [InlineData("这两家公司合并了。")]
    [InlineData("新政府成立后推行改革。")]
    [InlineData("这是由价值观念所决定的。")]
    [InlineData("她的女儿要考大学。")]
    [InlineData("他在比赛中苦战五局。")]
    public void A_suffix_after_a_word_of_the_sentence_names_no_organisation(string text) =>
        Assert.Empty(Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("双方表明了中美加强合作的意愿。", new[] { "中", "美" })]
    [InlineData("青藏铁路全线通车。", new[] { "青", "藏" })]
    public void Two_abbreviated_places_are_two_places(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("他是一名共产党员。")]
    [InlineData("我们给中国大学生上课。")]
    public void A_listed_organisation_inside_a_longer_word_is_no_organisation(string text) =>
        Assert.Empty(Texts(text, EntityType.Organization));

    private static readonly EntityTagger NestedTagger = EntityTagger.Create(o => o.IncludeNested = true);

    /// <summary>The organisations nested in the posts of <paramref name="text"/>.</summary>
    private static string[] PostBodies(EntityTagger tagger, string text) =>
        tagger.Tag(text).AsImmutableArray().Where(m => m.Type == EntityType.Title)
            .SelectMany(m => m.Nested.AsImmutableArray()).Where(m => m.Type == EntityType.Organization).Select(m => m.Text).ToArray();

    [Theory]
    [InlineData("市委书记张明主持会议。", "市委")]
    [InlineData("乡党委书记王强到村里调研。", "乡党委")]
    [InlineData("外交部长李华会见了来宾。", "外交部")]
    [InlineData("会上，中共中央统战部副部长刘明讲话。", "中共中央统战部")]
    public void The_units_of_a_post_that_name_a_body_are_nested_in_it(string text, string body) =>
        Assert.Equal([body], PostBodies(NestedTagger, text));

    [Theory]
    [InlineData("党委书记张明主持会议。")]
    [InlineData("副部长李华会见了来宾。")]
    [InlineData("办公室主任王强讲话。")]
    public void Units_that_name_no_body_nest_none(string text) =>
        Assert.Empty(PostBodies(NestedTagger, text));

    [Theory]
    [InlineData("今天，美国财政部长说，利率不变。", "美国财政部长", "美国财政部")]
    [InlineData("会议由古巴司法部长主持。", "古巴司法部长", "古巴司法部")]
    [InlineData("记者采访了南京红十字会副会长。", "南京红十字会副会长", "南京红十字会")]
    [InlineData("他调到这里任乡党委书记。", "乡党委书记", "乡党委")]
    [InlineData("他兼任农业和土地开发部长。", "农业和土地开发部长", "农业和土地开发部")]
    public void A_post_begins_with_the_body_that_runs_on_to_its_left(string text, string post, string body)
    {
        Assert.Equal([post], Texts(text, EntityType.Title));
        Assert.Equal([body], PostBodies(NestedTagger, text));
    }

    [Fact]
    public void A_body_before_a_post_stops_at_a_verb_and_another_post()
    {
        Assert.Equal(["内政部"], PostBodies(NestedTagger, "议会投票弹劾内政部长。"));
        Assert.Equal(["副总理", "财政部长"], Texts("前副总理兼财政部长出席。", EntityType.Title));
    }

    [Fact]
    public void Nested_post_bodies_leave_the_top_level_unchanged() =>
        Assert.Equal(
            Tagger.Tag("会上，中共中央统战部副部长刘明讲话。").AsImmutableArray().Select(m => (m.Type, m.Text)),
            NestedTagger.Tag("会上，中共中央统战部副部长刘明讲话。").AsImmutableArray().Select(m => (m.Type, m.Text)));

    [Theory]
    [InlineData("发展中国家也在加快发展。")]
    [InlineData("我们同发展中国家加强合作。")]
    public void A_place_inside_a_longer_word_is_no_place(string text) =>
        Assert.Empty(Texts(text, EntityType.Location));

    [Theory]
    [InlineData("大会在人民大会堂举行。", "人民大会堂")]
    [InlineData("画展在中国美术馆开幕。", "中国美术馆")]
    [InlineData("比赛在虹口体育馆进行。", "虹口体育馆")]
    public void A_venue_is_a_place(string text, string venue)
    {
        Assert.Equal([venue], Texts(text, EntityType.Location));
        Assert.Empty(Texts(text, EntityType.Organization));
    }

    [Theory]
    [InlineData("本报桂林4月8日电记者报道：比赛今天开幕。", new[] { "桂林" })]
    [InlineData("本报德国罗滕堡5月27日电比赛今天开幕。", new[] { "德国", "罗滕堡" })]
    [InlineData("新华社北京6月7日电比赛今天开幕。", new[] { "北京" })]
    public void The_words_between_the_paper_and_the_date_of_a_dateline_name_a_place(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("本报讯比赛今天开幕。")]
    [InlineData("本报记者5月27日电比赛今天开幕。")]
    public void A_dateline_without_a_place_names_none(string text) =>
        Assert.Empty(Texts(text, EntityType.Location));

    [Fact]
    public void A_body_that_files_a_dateline_is_no_place()
    {
        Assert.Equal(["联合国"], Texts("本报联合国6月9日电大会今天闭幕。", EntityType.Organization));
        Assert.Empty(Texts("本报联合国6月9日电大会今天闭幕。", EntityType.Location));
    }

    [Theory]
    [InlineData("全国人大常委会法工委举办了座谈会。", "全国人大常委会法工委")]
    [InlineData("福州市国税局党组召开会议。", "福州市国税局党组")]
    [InlineData("国务院港澳办发表声明。", "国务院港澳办")]
    public void A_unit_right_after_a_body_is_part_of_its_name(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Fact]
    public void A_generic_word_after_a_body_is_no_unit_of_it() =>
        Assert.Equal(["党中央"], Texts("党中央机关的干部参加了活动。", EntityType.Organization));

    [Theory]
    [InlineData("据天津日报报道，工程已经完工。", "天津日报")]
    [InlineData("纽约时报发表了评论。", "纽约时报")]
    public void A_newspaper_is_an_organisation(string text, string name)
    {
        Assert.Equal([name], Texts(text, EntityType.Organization));
        Assert.Empty(Texts(text, EntityType.Location));
    }

    [Fact]
    public void A_suffix_that_begins_with_a_date_s_unit_names_nothing() =>
        Assert.Equal(["新华社"], Texts("新华社5月2日报道了这条消息。", EntityType.Organization));

    [Theory]
    [InlineData("长沙市芙蓉区人民法院审理了此案。", "长沙市", "芙蓉区人民法院")]
    [InlineData("他在湖南省岳阳市人民医院工作。", "湖南省", "岳阳市人民医院")]
    public void A_place_before_a_division_that_names_a_body_is_a_place_of_its_own(string text, string place, string name)
    {
        Assert.Equal([place], Texts(text, EntityType.Location));
        Assert.Equal([name], Texts(text, EntityType.Organization));
    }

    [Theory]
    [InlineData("中国美国商会举行年会。", "中国美国商会")]
    [InlineData("郑州共青团市委组织了活动。", "郑州共青团市委")]
    public void Two_places_that_are_no_division_stay_in_the_body(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("货轮今天驶抵惠灵顿港。", "惠灵顿港")]
    [InlineData("他们只好离开石桥乡。", "石桥乡")]
    [InlineData("他家住大王庄村。", "大王庄村")]
    public void A_verb_before_a_place_is_no_part_of_its_name(string text, string place) =>
        Assert.Equal([place], Texts(text, EntityType.Location));

    [Fact]
    public void A_village_s_name_does_not_run_over_its_township() =>
        Assert.Equal(["李庄村"], Texts("他在石桥乡李庄村工作。", EntityType.Location));

    [Fact]
    public void A_stopping_character_that_begins_a_noun_of_the_name_does_not_stop_it() =>
        Assert.Equal(["联合国开发计划署"], Texts("联合国开发计划署发表了报告。", EntityType.Organization));

    [Fact]
    public void A_stopping_character_that_begins_a_longer_word_of_the_name_does_not_stop_it() =>
        Assert.Equal(["自治区党委"], Texts("自治区党委召开了会议。", EntityType.Organization));

    [Fact]
    public void A_country_and_its_federation_name_no_body() =>
        Assert.DoesNotContain("瑞士联邦", Texts("瑞士联邦最高法院作出裁决。", EntityType.Organization));

    [Fact]
    public void A_report_is_no_newspaper() =>
        Assert.Empty(Texts("会议听取了工作情况汇报。", EntityType.Organization));

    [Fact]
    public void A_place_suffix_before_a_county_is_inside_the_county_s_name()
    {
        Assert.Equal(["商丘市"], Texts("商丘市宁陵县县委组织了活动。", EntityType.Location));
        Assert.Equal(["宁陵县县委"], Texts("商丘市宁陵县县委组织了活动。", EntityType.Organization));
    }

    [Theory]
    [InlineData("香港会在十年内发展成为创新中心。", "香港")]
    [InlineData("今天上海会表现得更好。", "上海")]
    public void Hui_before_a_verb_is_the_modal_verb_and_no_body(string text, string place)
    {
        Assert.Empty(Texts(text, EntityType.Organization));
        Assert.Contains(place, Texts(text, EntityType.Location));
    }

    [Fact]
    public void A_department_of_a_ministry_is_one_organisation() =>
        Assert.Equal(["科学技术部农村科技司"], Texts("据科学技术部农村科技司负责人介绍。", EntityType.Organization));

    [Fact]
    public void A_listed_body_s_short_name_takes_zuzhi_but_a_body_with_its_suffix_does_not()
    {
        Assert.Equal(["欧佩克组织"], Texts("欧佩克组织成员国达成减产协议。", EntityType.Organization));
        Assert.Equal(["青年基金会"], Texts("青年基金会组织了募捐活动。", EntityType.Organization));
    }

    [Theory]
    [InlineData("第四届博览会今天在上海虹口体育馆开幕。", "上海", "虹口体育馆")]
    [InlineData("比赛在上海虹口体育场进行。", "上海", "虹口体育场")]
    public void A_place_before_a_named_venue_is_a_place_of_its_own(string text, string place, string venue) =>
        Assert.Equal([place, venue], Texts(text, EntityType.Location));

    [Theory]
    [InlineData("北京图书大厦今天开业。", "北京图书大厦")]
    [InlineData("北京怀柔产业园、静脉产业园建成投产。", "北京怀柔产业园")]
    public void A_place_before_common_words_or_a_chinese_name_and_a_venue_is_part_of_its_name(string text, string name) =>
        Assert.Contains(name, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("仅加工销售农副产品，沛县就涌现了6个龙头企业。", "沛县")]
    [InlineData("当前西瓜虽未成熟，但莒县种植的西瓜已有订单。", "莒县")]
    public void A_county_named_by_one_character_is_a_place(string text, string place) =>
        Assert.Equal([place], Texts(text, EntityType.Location));

    [Theory]
    [InlineData("江泽民总书记题词勉励济南交警。", "济南交警")]
    [InlineData("这是上海邮电与深圳华为公司合作的结果。", "上海邮电")]
    public void A_body_s_abbreviation_after_a_place_is_that_place_s_body(string text, string name) =>
        Assert.Contains(name, Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("难民均已返回家园。")]
    [InlineData("汽油桶被冲入水库。")]
    public void A_verb_before_a_longer_place_suffix_leaves_no_name(string text) =>
        Assert.Empty(Texts(text, EntityType.Location));

    [Fact]
    public void A_noun_and_a_verb_before_a_place_suffix_are_a_name() =>
        Assert.Contains(Texts("对已开工的万里交科智能制造产业园、悦龙台商业综合体加快进度。", EntityType.Location), name => name.EndsWith("智能制造产业园", StringComparison.Ordinal));

    [Theory]
    [InlineData("这其中，美国和俄罗斯队各具特色。", new[] { "美国", "俄罗斯队" })]
    [InlineData("进入八强的球队已经产生：e组的美国、俄罗斯、西班牙。", new[] { "美国", "俄罗斯", "西班牙" })]
    [InlineData("在对中国、丹麦、韩国等强队时派出主力。", new[] { "中国", "丹麦", "韩国" })]
    public void Places_listed_beside_a_team_are_teams(string text, string[] teams)
    {
        Assert.Equal(teams, Texts(text, EntityType.Organization));
        Assert.Empty(Texts(text, EntityType.Location));
    }

    [Fact]
    public void Places_listed_with_no_team_stay_places() =>
        Assert.Equal(["美国", "俄罗斯"], Texts("代表团访问了美国和俄罗斯。", EntityType.Location));

    [Fact]
    public void A_team_ends_the_body_of_the_next_name() =>
        Assert.Contains("印尼女队", Texts("今天下午进行的韩国女队与印尼女队争夺b组第一。", EntityType.Organization));

    [Theory]
    [InlineData("尽管巴以谈判遭遇挫折，和平不会止步。", new[] { "巴", "以" })]
    [InlineData("他说，埃中两国关系源远流长。", new[] { "埃", "中" })]
    [InlineData("议长对未来10年奥中关系的发展表示乐观。", new[] { "奥", "中" })]
    public void A_paired_country_abbreviation_is_a_place_beside_another(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("美国对此加以赞扬。", new[] { "美国" })]
    [InlineData("阿根廷队在决赛中以2∶0获胜。", new string[0])]
    [InlineData("他访美以后写了游记。", new[] { "美" })]
    public void A_paired_abbreviation_in_a_word_or_before_a_number_is_no_place(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("俄政府长期靠举债弥补财政赤字。", "俄")]
    [InlineData("中央政府严格遵守基本法。", null)]
    public void A_government_named_by_its_place_or_level_is_no_organisation(string text, string? place)
    {
        Assert.Empty(Texts(text, EntityType.Organization));
        Assert.Equal(place is null ? [] : [place], Texts(text, EntityType.Location));
    }

    [Theory]
    [InlineData("该项目由国务院残疾人工作协调委员会组织实施。", "国务院残疾人工作协调委员会")]
    [InlineData("我区新组建了区人大社会建设委员会。", "区人大社会建设委员会")]
    public void A_verb_of_what_a_body_does_before_its_suffix_is_in_its_name(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("会议决定召开协调委员会。")]
    [InlineData("一要统筹推进人大、政协等领域改革。")]
    public void A_verb_of_what_a_body_does_with_no_noun_before_it_names_nothing(string text) =>
        Assert.DoesNotContain(Texts(text, EntityType.Organization), name => name.Length > 2);

    [Theory]
    [InlineData("这场盛大的交响音乐会是音乐周的高潮。")]
    [InlineData("评价加的夫首脑会时，他指出会议很重要。")]
    public void An_event_is_no_organisation(string text) =>
        Assert.Empty(Texts(text, EntityType.Organization));

    [Fact]
    public void Two_rivers_abbreviated_are_two_places_but_not_inside_a_longer_place()
    {
        Assert.Equal(["江", "淮", "江南"], Texts("明天江淮、江南有小到中雨。", EntityType.Location));
        Assert.Equal(["黄淮海"], Texts("黄淮海平原小麦丰收。", EntityType.Location));
    }

    [Theory]
    [InlineData("展览今起在香港展览中心展出。", "香港展览中心")]
    [InlineData("飞船从肯尼迪航天中心发射升空。", "肯尼迪航天中心")]
    [InlineData("代表团乘坐的飞机降落在德黑兰机场。", "德黑兰机场")]
    [InlineData("新建的南浦大桥已经通车。", "南浦大桥")]
    public void A_venue_or_facility_is_a_place_even_where_an_organisation_suffix_ends_it(string text, string name)
    {
        Assert.Contains(name, Texts(text, EntityType.Location));
        Assert.Empty(Texts(text, EntityType.Organization));
    }

    [Theory]
    [InlineData("代表团在伯尔尼，与瑞士学者进行了交流。", "伯尔尼")]
    [InlineData("巴拉克抵拉塔基亚后立即举行会谈。", "拉塔基亚")]
    [InlineData("哈萨克斯坦迁都阿斯塔纳，已有一年。", "阿斯塔纳")]
    public void A_foreign_name_after_a_verb_of_arriving_or_being_somewhere_is_a_place(string text, string place) =>
        Assert.Contains(place, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("在克林顿看来，这项协议很重要。")]
    [InlineData("代表团抵达伊斯兰堡机场。")]
    public void A_listed_person_after_a_cue_or_a_cue_inside_a_word_makes_no_foreign_place(string text) =>
        Assert.DoesNotContain(Texts(text, EntityType.Location), name => name is "克林顿" or "达伊斯兰堡");

    [Theory]
    [InlineData("会议以中共十五大精神为指导。", "中共十五大")]
    [InlineData("认真学习党的十九大精神。", "十九大")]
    [InlineData("十五大以来，改革不断深化。", "十五大")]
    public void A_party_congress_named_by_its_number_is_an_organisation(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("全国十大城市的空气质量公布了。")]
    [InlineData("他们是三十五大项目的负责人。")]
    [InlineData("十五大学生参加了比赛。")]
    public void A_count_before_big_is_no_party_congress(string text) =>
        Assert.Empty(Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("一架波音飞机昨天降落。", "波音")]
    [InlineData("摩托罗拉对中国投资增加。", "摩托罗拉")]
    public void A_company_known_by_its_short_name_is_an_organisation(string text, string name)
    {
        Assert.Equal([name], Texts(text, EntityType.Organization));
        Assert.Empty(Texts(text, EntityType.Person));
    }

    [Theory]
    [InlineData("美国大西洋贝尔公司买下纽新公司。", new[] { "美国大西洋贝尔公司", "纽新公司" })]
    [InlineData("他早年求学东南大学。", new[] { "东南大学" })]
    [InlineData("四川全兴队主场迎战延边敖东队。", new[] { "四川全兴队", "延边敖东队" })]
    public void A_verb_before_an_organisation_is_the_sentences(string text, string[] names) =>
        Assert.Equal(names, Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("引进国家阻燃材料研究中心。", "国家阻燃材料研究中心")]
    [InlineData("许昌德通振动搅拌技术有限公司投产。", "许昌德通振动搅拌技术有限公司")]
    [InlineData("中国国际贸易促进委员会举办展览。", "中国国际贸易促进委员会")]
    [InlineData("区公安分局情指联勤中心成立。", "区公安分局情指联勤中心")]
    public void A_verb_of_a_name_stays_in_it(string text, string name) =>
        Assert.Contains(name, Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("恭城今年水果丰收。", "恭城")]
    [InlineData("他去年调到潍坊工作。", "潍坊")]
    [InlineData("学校与衡南县结成对子。", "衡南县")]
    [InlineData("沿着韶山路往前走。", "韶山路")]
    public void A_county_or_city_named_without_its_suffix_is_a_place(string text, string place) =>
        Assert.Equal([place], Texts(text, EntityType.Location));

    [Theory]
    [InlineData("祝愿老人健康长寿。")]
    [InlineData("中卫防守很稳。")]
    public void An_ordinary_word_that_names_a_county_too_is_the_word(string text) =>
        Assert.Empty(Texts(text, EntityType.Location));

    [Fact]
    public void A_town_before_a_place_ends_there() =>
        Assert.Equal(["长葛市", "坡胡镇", "水磨河"], Texts("长葛市坡胡镇水磨河村村干部韩会军发言。", EntityType.Location));

    [Theory]
    [InlineData("西安电影制片厂出品了这部影片。", "西安电影制片厂")]
    [InlineData("德国联邦铁路局发表声明。", "德国联邦铁路局")]
    public void A_kind_of_body_after_a_name_that_begins_with_a_place_is_that_names(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Fact]
    public void A_short_kind_of_body_after_a_place_and_a_word_is_no_name() =>
        Assert.Empty(Texts("中国边防部队在边境巡逻。", EntityType.Organization));

    [Theory]
    [InlineData("飞船从美国肯尼迪航天中心发射。", new[] { "美国", "肯尼迪航天中心" })]
    [InlineData("他在四川广元火车站工作。", new[] { "四川", "广元火车站" })]
    [InlineData("北京怀柔产业园开工。", new[] { "北京怀柔产业园" })]
    public void A_place_before_a_facility_named_by_a_proper_noun_is_a_place_of_its_own(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("探测器飞向土星。", new[] { "土星" })]
    [InlineData("银河系里有无数恒星。", new[] { "银河系" })]
    [InlineData("他们安装了太阳能热水器。", new string[0])]
    public void The_sun_and_the_planets_are_places_where_they_begin_no_longer_word(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Fact]
    public void A_foreign_name_after_a_word_for_a_city_is_a_place() =>
        Assert.Contains("哈斯科沃", Texts("保加利亚南部城市哈斯科沃举办了展览。", EntityType.Location));

    [Theory]
    [InlineData("游客们喜欢去海滨胜地帕塔亚度假。", "帕塔亚")]
    [InlineData("古城撒马尔罕的建筑吸引了各国游客。", "撒马尔罕")]
    public void A_foreign_name_after_a_word_for_a_kind_of_place_is_that_place(string text, string place)
    {
        Assert.Contains(place, Texts(text, EntityType.Location));
        Assert.DoesNotContain(place, Texts(text, EntityType.Person));
    }

    [Theory]
    [InlineData("布隆迪民族和解进程正在取得进展，布中两国关系良好。", new[] { "布隆迪", "布", "中" })]
    [InlineData("南斯拉夫政府表示，各方不得对南提出无理要求。", new[] { "南斯拉夫", "南" })]
    [InlineData("拉脱维亚的港口很繁忙，拉从中每年获益。", new[] { "拉脱维亚", "拉" })]
    [InlineData("哥伦比亚的咖啡很有名，哥伦比亚人很热情。", new[] { "哥伦比亚", "哥伦比亚" })]
    public void A_countrys_first_character_after_its_name_is_that_country(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("浙江省安吉县的代表俞立安带领考察团来访。")]
    [InlineData("美国的风景很美，美丽的海岸吸引游客。")]
    public void A_chinese_place_or_a_word_gives_no_repeated_abbreviation(string text) =>
        Assert.DoesNotContain(Texts(text, EntityType.Location), place => place.Length == 1);

    [Theory]
    [InlineData("共有35家航空公司参加。")]
    [InlineData("成都一家著名电脑公司买下了冠名权。")]
    [InlineData("全县数十家煤焦厂恢复生产。")]
    [InlineData("他自办了一个标准件厂。")]
    [InlineData("医院的6个医疗中心全部开放。")]
    [InlineData("体育馆正式向各参赛队开放。")]
    [InlineData("这家银行成了美国第一大银行。")]
    public void A_count_in_a_body_counts_bodies_of_a_kind(string text) =>
        Assert.Empty(Texts(text, EntityType.Organization));

    [Fact]
    public void A_count_before_a_place_counts_places_of_a_kind() =>
        Assert.Empty(Texts("全区重点打造6个特色社区。", EntityType.Location));

    [Theory]
    [InlineData("外国企业中有俄罗斯的蓄电池厂。", EntityType.Organization)]
    [InlineData("他是世界上著名的医药公司的代表。", EntityType.Organization)]
    [InlineData("这里建起了新的工业开发区。", EntityType.Location)]
    public void A_name_of_common_words_after_的_is_a_kind(string text, EntityType type) =>
        Assert.Empty(Texts(text, type));

    [Fact]
    public void A_body_after_的_that_holds_a_listed_body_is_a_name() =>
        Assert.Equal(["区委社区工作委员会"], Texts("新组建的区委社区工作委员会整合了职责。", EntityType.Organization));

    [Theory]
    [InlineData("美国联邦航空局发布了新规定。", "美国联邦航空局")]
    [InlineData("瑞士人文社会科学院举办研讨会。", "瑞士人文社会科学院")]
    public void A_noun_between_a_place_and_a_listed_body_names_the_body(string text, string name)
    {
        Assert.Equal([name], Texts(text, EntityType.Organization));
        Assert.Empty(Texts(text, EntityType.Location));
    }

    [Theory]
    [InlineData("国家税务局对此作出了规定。", "国家税务局")]
    [InlineData("国家新闻出版署今天召开会议。", "国家新闻出版署")]
    public void 国家_heads_a_national_body(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("叙总统阿萨德会见了他。", "叙")]
    [InlineData("主要原因是以方坚持对协议作出修改。", "以")]
    public void A_paired_abbreviation_before_a_head_of_state_or_a_side_is_the_country(string text, string place) =>
        Assert.Contains(place, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("这样做是以方便群众为目的。")]
    [InlineData("他以政府名义发表声明。")]
    public void A_paired_abbreviation_before_a_longer_word_is_no_country(string text) =>
        Assert.Empty(Texts(text, EntityType.Location));

    [Theory]
    [InlineData("在昨晚开幕的第十三届世界女篮锦标赛中，中国队获胜。")]
    [InlineData("她们将参加在那里举行的五国女篮邀请赛。")]
    public void A_team_before_a_tournament_names_the_tournament(string text) =>
        Assert.DoesNotContain(Texts(text, EntityType.Organization), name => name.EndsWith("女篮", StringComparison.Ordinal));

    [Fact]
    public void A_head_factory_is_a_body_with_the_place_before_it() =>
        Assert.Equal(["青岛电冰箱总厂"], Texts("青岛电冰箱总厂扩大了生产。", EntityType.Organization));

    [Theory]
    [InlineData("华北中南部有阵雨。", "华北")]
    [InlineData("美国西北部塔科马市开始调查此案。", "美国", "塔科马市")]
    public void Two_directions_before_部_point_to_a_part_of_a_place(string text, params string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Fact]
    public void A_kind_of_body_after_a_proper_noun_is_that_names_body() =>
        Assert.Equal(["华夏杂志社"], Texts("这本书由华夏杂志社出版发行。", EntityType.Organization));

    [Theory]
    [InlineData("同志们督促法院尽快依法执行。")]
    [InlineData("委员会研究如何鼓励大学参与交流。")]
    [InlineData("我们要坚决维护党中央权威。", "党中央")]
    [InlineData("西城职业介绍中心负责人讲了话。", "西城职业介绍中心")]
    public void A_verb_right_before_a_suffix_names_no_body_unless_a_noun_of_the_name_precedes_it(string text, params string[] names) =>
        Assert.Equal(names, Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("范围包括玛多县和称多县等地。", "玛多县")]
    [InlineData("爆炸发生在南部的信德省。", "信德省")]
    public void A_rare_place_the_lexicon_lists_with_its_suffix_is_a_place(string text, string place) =>
        Assert.Contains(place, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("以色列工党领袖发表讲话。", "以色列工党")]
    [InlineData("捐款交给了中国儿童少年基金会组织实施的项目。", "中国儿童少年基金会")]
    public void A_rare_body_the_lexicon_lists_after_its_place_is_an_organisation(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Fact]
    public void A_particle_after_a_listed_place_ends_no_body() =>
        Assert.Empty(Texts("这是印度所面临的问题。", EntityType.Organization));

    [Fact]
    public void A_division_named_with_its_suffix_and_what_it_does_is_no_body() =>
        Assert.Empty(Texts("魏都区党建工作走在前列。", EntityType.Organization));

    [Theory]
    [InlineData("美国西北部塔科马市开始调查此案。", EntityType.Location, "塔科马市")]
    [InlineData("该市旅游专项治理办公室接到举报。", EntityType.Organization, "旅游专项治理办公室")]
    [InlineData("区里加快推进和龙祥路贯通工程。", EntityType.Location, "龙祥路")]
    public void A_body_begins_after_a_character_that_ends_a_word_before_it(string text, EntityType type, string name) =>
        Assert.Contains(name, Texts(text, type));

    [Theory]
    [InlineData("第二届全国人民代表大会选举他为委员。", "第二届全国人民代表大会")]
    [InlineData("决定提请第六届全国人大审议。", "第六届全国人大")]
    public void A_numbered_term_before_a_listed_body_is_part_of_its_name(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("据美国《时代》周刊报道，调查已经结束。", "美国《时代》周刊")]
    [InlineData("论文发表在美国《新英格兰医学杂志》上。", "美国《新英格兰医学杂志》")]
    [InlineData("记者翟启运和《时代潮》杂志记者张平福。", "《时代潮》杂志")]
    public void A_periodical_named_by_its_title_is_an_organisation_with_its_place_and_kind(string text, string name) =>
        Assert.Contains(name, Texts(text, EntityType.Organization));

    [Fact]
    public void A_title_that_is_no_periodical_names_no_organisation() =>
        Assert.Equal(["欧盟"], Texts("丹麦就欧盟《阿姆斯特丹条约》举行公民投票。", EntityType.Organization));
}
