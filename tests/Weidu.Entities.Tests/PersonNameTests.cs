using Weidu.Core;
using Weidu.Tokenization;

namespace Weidu.Entities.Tests;

/// <summary>
/// Persons found without a post or a list around them (sentences written for these tests, not taken from any gold
/// set): foreign and Japanese names, a surname before an honorific, names listed beside a person, and where a name ends.
/// </summary>
public sealed class PersonNameTests
{
    private static readonly EntityTagger Tagger = new();

    private static string[] Persons(string text) =>
        Tagger.Tag(text).AsImmutableArray().Where(m => m.Type == EntityType.Person).Select(m => m.Text).ToArray();

    [Theory]
    [InlineData("比赛第十分钟，克林斯曼头球破门。", "克林斯曼")]
    [InlineData("外交部长马尔蒂诺夫今天表示欢迎。", "马尔蒂诺夫")]
    [InlineData("据报道，琼斯的成绩有所提高。", "琼斯")]
    public void A_run_of_transliteration_characters_is_a_foreign_name(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("宇航员汤姆士·格林告诉记者。", "汤姆士·格林")]
    [InlineData("出版人彼得·迪尚克先生来访。", "彼得·迪尚克")]
    [InlineData("主席阿尔贝托·圭尼多日前宣布辞职。", "阿尔贝托·圭尼多")]
    [InlineData("荷兰人维姆·科克出任首相。", "维姆·科克")]
    public void A_name_written_with_a_middle_dot_is_read_whole(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("商会会长差猜·春哈旺今天访华。", new[] { "差猜·春哈旺" })]
    [InlineData("公布了选手名单·卡洛斯等人入选。", new[] { "卡洛斯" })]
    public void A_dotted_name_after_a_post_or_a_role_begins_after_it_whatever_its_characters(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("参议员爱德华—肯尼迪今天表示支持。", new[] { "爱德华—肯尼迪" })]
    [InlineData("巴西外援卡洛斯—这位前锋很出色。", new[] { "卡洛斯" })]
    public void A_name_after_a_role_takes_a_part_joined_by_a_dash(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("“卡西尼”号飞船发回了照片。", new string[0])]
    [InlineData("“卡西尼”的名字来自一位天文学家。", new[] { "卡西尼" })]
    public void A_foreign_name_alone_in_quotes_before_号_names_a_vessel(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Fact]
    public void A_run_of_transliteration_characters_alone_in_quotes_before_号_names_a_vessel()
    {
        Assert.DoesNotContain("斯塔德利", Persons("“斯塔德利”号货轮驶入港口。"));
        Assert.Contains("斯塔德利", Persons("“斯塔德利”的船长是个老水手。"));
    }

    [Theory]
    [InlineData("他在乔治·梅森大学读书。")]
    [InlineData("她住在尼·伯尔切斯库镇。")]
    public void A_dotted_name_before_a_suffix_names_a_body_or_a_place(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("萨米敦促各方保持克制。", "萨米")]
    [InlineData("里克说，新产品将在秋季上市。", "里克")]
    [InlineData("陈立生说，实验已经完成。", "陈立生")]
    [InlineData("朱来安将他们作为开发人员。", "朱来安")]
    [InlineData("季红梅强调，改革要稳步推进。", "季红梅")]
    public void A_name_heading_a_clause_before_a_verb_of_saying_or_a_word_that_follows_names_is_a_person(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("管仲说：“仓廪实而知礼节。”", "管仲")]
    [InlineData("郎平说，队员们状态很好。", "郎平")]
    public void A_two_character_name_the_lexicon_lists_with_a_rare_surname_is_a_speaker_before_a_verb_of_saying(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Fact]
    public void A_two_character_word_of_a_rare_surname_jieba_tags_a_place_is_a_name_where_context_says_a_person_is_there() =>
        Assert.Equal(["巴金"], Persons("作家们在巴金家中座谈。"));

    [Fact]
    public void A_place_the_lexicon_lists_is_no_name_before_a_person_cue() =>
        Assert.Empty(Persons("春节期间他住在安阳家中。"));

    [Fact]
    public void A_two_character_name_the_lexicon_lists_with_a_rare_surname_heads_no_clause_but_before_a_verb_of_saying() =>
        Assert.Empty(Persons("郎平的球队赢了。"));

    [Theory]
    [InlineData("协调员维亚带来了新方案。", "维亚")]
    [InlineData("球队外援贝托内打进一球。", "贝托内")]
    [InlineData("第二军军长吴化明率部出发。", "吴化明")]
    [InlineData("比赛中10号卡萨诺门前抢点。", "卡萨诺")]
    [InlineData("下半场9号穆勒头球破门。", "穆勒")]
    [InlineData("舰队副参谋长赵国强少将出席。", "赵国强")]
    [InlineData("正如学者马东所言，这很难。", "马东")]
    [InlineData("主裁判雷明出示了黄牌。", "雷明")]
    public void A_name_after_a_role_is_a_person(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Fact]
    public void A_common_surname_after_a_player_s_number_before_a_word_that_follows_names_is_the_player() =>
        Assert.Equal(["王"], Persons("下半场，北京队10号王从左路突破。"));

    [Fact]
    public void A_surname_after_a_number_that_makes_a_word_with_what_follows_is_no_player() =>
        Assert.Empty(Persons("这批样品中3号高于5号。"));

    [Theory]
    [InlineData("每个球员都曾在比赛中犯错。")]
    [InlineData("各方表示支持，美方认为有必要。")]
    [InlineData("他们说，记者指出，专家强调。")]
    [InlineData("商人们认为，但并非人人同意。")]
    [InlineData("欧阳的，司马说。")]
    public void Subjects_and_roles_before_no_name_are_no_persons(string text) =>
        Assert.Empty(Persons(text));

    [Fact]
    public void A_name_found_elsewhere_is_no_person_inside_a_listed_place_or_a_longer_foreign_name()
    {
        var gazetteer = Gazetteer.Merge([Tagger.Collect("协调员维亚带来了新方案。"), Tagger.Collect("工商部长顾问拉塔出席会议。")]);
        Assert.Contains(gazetteer.Entries.AsImmutableArray(), e => e.Text == "维亚" && e.Type == EntityType.Person);
        Assert.Contains(gazetteer.Entries.AsImmutableArray(), e => e.Text == "拉塔" && e.Type == EntityType.Person);

        var mentions = Tagger.Tag("他去年访问了塞尔维亚。", gazetteer).AsImmutableArray();
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "塞尔维亚" && m.Type == EntityType.Location);
        Assert.DoesNotContain(Tagger.Tag("特别代表沙米拉塔里都发言。", gazetteer).AsImmutableArray(), m => m.Text == "拉塔");
    }

    [Theory]
    [InlineData("他们研制光学和生物计算机。", false)]
    [InlineData("他们坚定理想和生活的信念。", false)]
    [InlineData("和生说，他很满意。", true)]
    [InlineData("会上，和生介绍了情况。", true)]
    public void A_name_of_two_found_elsewhere_is_no_person_where_a_word_runs_across_its_edge(string text, bool found)
    {
        var gazetteer = Gazetteer.Merge([new GazetteerContribution(new[] { new GazetteerEntry("和生", EntityType.Person) }.ToEquatableArray())]);
        Assert.Equal(found, Tagger.Tag(text, gazetteer).AsImmutableArray().Any(m => m.Text == "和生" && m.Type == EntityType.Person));
    }

    [Fact]
    public void A_name_of_three_read_twice_in_a_text_is_its_person_where_a_place_crosses_it()
    {
        const string text = "江立新重视写生，在创作中江立新又把感受回馈到草木之间，这就是江立新所说的交融。";
        var gazetteer = Gazetteer.Merge([Tagger.Collect(text)]);
        Assert.Contains(new GazetteerEntry("江立新", EntityType.Person), gazetteer.Entries.AsImmutableArray());

        var mentions = Tagger.Tag(text, gazetteer).AsImmutableArray();
        Assert.Equal(3, mentions.Count(m => m.Text == "江立新" && m.Type == EntityType.Person));
        Assert.DoesNotContain(mentions, m => m.Text == "中江");
    }

    [Theory]
    [InlineData("江立新重视写生，在创作中江立新又把感受回馈到草木之间。", "江立新")]
    [InlineData("何建平重视写生，常去山里。", "何建平")]
    public void A_name_the_statistical_scan_reads_once_in_a_text_is_not_collected(string text, string name) =>
        Assert.DoesNotContain(Tagger.Collect(text).Entries.AsImmutableArray(), e => e.Text == name);

    [Theory]
    [InlineData("代表团昨天抵达图卢兹。")]
    [InlineData("耶路撒冷扩建计划引起关注。")]
    [InlineData("北京多云转雷阵雨。")]
    [InlineData("不能有一劳永逸的想法。")]
    [InlineData("该地区每升提价三卢比。")]
    [InlineData("记者：印巴两国关系如何？")]
    [InlineData("东北、华北、黄淮一带有雨。")]
    public void Places_words_and_idioms_are_no_persons(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("李老师看了以后笑了。", "李")]
    [InlineData("他说王某当天没有出门。", "王")]
    [InlineData("陈小姐这样说。", "陈")]
    [InlineData("老于的女儿要考大学了。", "于")]
    [InlineData("小李说，明天再来。", "李")]
    public void A_surname_before_an_honorific_names_the_person(string text, string surname) =>
        Assert.Equal([surname], Persons(text));

    [Theory]
    [InlineData("历史老师走进教室。")]
    [InlineData("这座古老的城市很美。")]
    [InlineData("从事于某一方面的研究。")]
    [InlineData("年纪小于十岁。")]
    public void A_surname_inside_a_word_is_no_reference(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("胡书记强调，要抓早抓紧。", "胡")]
    [InlineData("秘书长说，胡书记还在开会。", "胡")]
    [InlineData("市委胡书记在市委七届十次全会上强调。", "胡")]
    [InlineData("当马局长走进会场时，大家鼓掌。", "马")]
    [InlineData("周副县长到村里看望群众。", "周")]
    [InlineData("这出戏讲的是刘知县断案的故事。", "刘")]
    public void A_surname_before_a_local_post_names_the_person(string text, string surname) =>
        Assert.Equal([surname], Persons(text));

    [Theory]
    [InlineData("群众想托项市长找两间房子。", "项")]
    [InlineData("会上，温局长通报了情况。", "温")]
    [InlineData("这件事得请邝主任拿主意。", "邝")]
    public void A_rare_surname_that_is_no_function_word_before_a_local_post_names_the_person(string text, string surname) =>
        Assert.Equal([surname], Persons(text));

    [Theory]
    [InlineData("会上宣读了5项局长令。")]
    [InlineData("针对弊端，常副局长表示要加强管理。")]
    [InlineData("这是由主任决定的。")]
    [InlineData("会议由产业集聚区主任主持。")]
    public void A_rare_surname_that_counts_ends_a_division_or_is_a_function_word_before_a_local_post_is_no_person(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("他担任主任已经三年。")]
    [InlineData("毕业后他去高校长期任教。")]
    [InlineData("会后他任局长，分管交通。")]
    [InlineData("请把这份材料交于局长审阅。")]
    [InlineData("他曾局长、书记一肩挑。")]
    [InlineData("会上，周主任委员作了说明。")]
    [InlineData("王委员会同有关部门研究。")]
    public void A_surname_inside_a_word_or_a_function_word_before_a_post_is_no_person(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("区委张书记在会上讲话。", "张")]
    [InlineData("会后，区委王书记、县委李书记看望了群众。", "王", "李")]
    [InlineData("党委李书记在会上讲话。", "李")]
    [InlineData("党组张书记主持会议。", "张")]
    public void A_body_a_rare_surname_begins_is_no_name_before_a_post(string text, params string[] surnames) =>
        Assert.Equal(surnames, Persons(text));

    [Fact]
    public void A_body_a_rare_surname_begins_stays_the_organization() =>
        Assert.Contains(Tagger.Tag("区委张书记在会上讲话。").AsImmutableArray(), m => m.Type == EntityType.Organization && m.Text == "区委");

    [Theory]
    [InlineData("新机型选用了日本东芝芯片、夏普四端稳压器件。")]
    [InlineData("这台彩电采用夏普四端稳压电路。")]
    public void A_common_surname_that_begins_a_known_body_begins_no_name_without_context(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("区伟明书记在会上讲话。", "区伟明")]
    [InlineData("王国生书记在会上讲话。", "王国生")]
    [InlineData("党建平书记主持会议。", "党建平")]
    public void A_name_whose_surname_begins_a_word_that_names_no_body_stands_before_a_post(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("由周主任委员主持会议。", "由周")]
    [InlineData("由周主任主持了会议。", "由周")]
    public void A_rare_surname_that_is_a_function_word_begins_no_name_before_a_post_at_a_clause_head(string text, string reading) =>
        Assert.DoesNotContain(reading, Persons(text));

    [Theory]
    [InlineData("季红梅主任说，工作很顺利。", "季红梅")]
    [InlineData("会上，钱立新书记讲了话。", "钱立新")]
    public void A_rare_or_common_surname_that_is_no_function_word_begins_a_name_before_a_post_at_a_clause_head(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("那天，小俊峰说他想当医生。", "俊峰")]
    [InlineData("奶奶最疼的小斌宇被送进了幼儿园。", "斌宇")]
    public void A_name_like_given_name_after_xiao_at_a_boundary_is_the_person(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("那天，小斌说他想当医生。")]
    [InlineData("那天，小玲子说她想当医生。")]
    [InlineData("那天，小俊峰山上下了雪。")]
    public void Xiao_before_one_given_character_a_word_or_no_boundary_names_no_given_name(string text) =>
        Assert.DoesNotContain(Persons(text), p => p.Length == 2);

    [Theory]
    [InlineData("会谈中，唐外长说，双方看法一致。", "唐")]
    [InlineData("他们认真学习江总书记的讲话。", "江")]
    public void A_surname_before_a_national_post_names_the_person(string text, string surname) =>
        Assert.Equal([surname], Persons(text));

    [Theory]
    [InlineData("本届汤尤杯赛将在香港举行。", new[] { "汤", "尤" })]
    [InlineData("昨晚，尤伯杯决赛结束。", new[] { "尤伯" })]
    [InlineData("中国男队无缘汤杯半决赛。", new[] { "汤" })]
    [InlineData("今天的汤杯小组赛结束了。", new[] { "汤" })]
    [InlineData("中国女队誓言卫冕尤杯。", new[] { "尤" })]
    public void The_donors_a_cup_is_named_after_are_persons(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Fact]
    public void A_cup_the_text_names_after_a_surname_is_that_donor_s_wherever_the_text_writes_it() =>
        Assert.Equal(["汤", "汤"], Persons("印尼队昨天闯入汤杯半决赛，这是他们第三次与汤杯结缘。"));

    [Theory]
    [InlineData("他们夺得金杯后举杯干杯。")]
    [InlineData("印尼队第三次与汤杯结缘。")]
    [InlineData("世界杯和联合会杯的比赛。")]
    [InlineData("他在决赛中夺得金杯，新闻杯赛也结束了。")]
    public void A_cup_named_after_no_one_has_no_person(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("首局，陈、林、戴三人先后出场。", new[] { "陈", "林", "戴" })]
    [InlineData("双方，亨、戴两人握手。", new[] { "亨", "戴" })]
    public void Single_characters_listed_at_a_clause_s_head_before_a_count_of_persons_are_persons(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("展厅里的展板介绍了孙权生平和东吴的兴衰。", "孙权")]
    [InlineData("他写过一本有关庄子生平的小书。", "庄子")]
    public void A_two_character_name_the_lexicon_lists_before_生平_is_the_person(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("项英曾在这片山林里养伤。", "项英")]
    [InlineData("据史书记载，管仲曾经辅佐过一位国君。", "管仲")]
    public void A_two_character_name_the_lexicon_lists_heading_a_clause_before_曾_is_the_person(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("项英在这片山林里养伤。")]
    [InlineData("这一带，牛群曾几何时遍布草原。")]
    public void A_rare_surname_s_listed_word_heading_a_clause_needs_曾_itself(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("这部纪录片讲述大熊猫生平的点滴。")]
    [InlineData("他生平第一次坐上了飞机。")]
    public void A_word_before_生平_that_is_no_listed_name_or_ends_a_longer_word_is_no_person(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("比赛中，男、女二人配合默契。")]
    [InlineData("工作组的陈、戴两人走了。")]
    public void Single_characters_before_a_count_of_persons_are_none_but_surnames_at_a_clause_s_head(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("厂里一位姓樊的师傅修好了机器。", "樊")]
    [InlineData("他说自己姓欧阳，家在湖南。", "欧阳")]
    [InlineData("温先生昨天到了北京。", "温")]
    [InlineData("会上，邢女士介绍了经验。", "邢")]
    public void A_surname_after_姓_or_before_an_honorific_at_a_clause_head_names_the_person(string text, string surname) =>
        Assert.Equal([surname], Persons(text));

    [Theory]
    [InlineData("让老百姓乐的是，菜价降了。")]
    [InlineData("我们向老师请教问题。")]
    [InlineData("和先生一起来的还有他的学生。")]
    public void A_surname_inside_a_word_or_a_function_word_before_an_honorific_is_no_reference(string text) =>
        Assert.DoesNotContain(Persons(text), name => name.Length == 1);

    [Theory]
    [InlineData("地震震倒了克里姆林宫内的一座钟楼。")]
    [InlineData("代表团参观了克里姆林宫。")]
    public void A_foreign_name_that_begins_a_longer_word_is_no_person(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("球队昨天在杜塞尔多夫战胜了对手。", new string[0])]
    [InlineData("代表团昨天抵达杜塞尔多夫参加展览。", new string[0])]
    [InlineData("毛泽东思想是党的指导思想。", new[] { "毛泽东" })]
    public void A_listed_name_of_three_that_begins_a_foreign_place_or_name_is_no_person(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("村里为刘家解决了困难。", "刘")]
    [InlineData("过年时张家门前热闹非凡。", "张")]
    [InlineData("一早，邝家院子里很热闹。", "邝")]
    public void A_surname_before_家_names_the_family(string text, string surname) =>
        Assert.Equal([surname], Persons(text));

    [Theory]
    [InlineData("由于家境贫困，他早早辍学。")]
    [InlineData("全县30余家企业参加。")]
    [InlineData("他走访了亲戚家门前的小店。")]
    [InlineData("他想回去，但家门前的路被淹了。")]
    public void A_surname_before_家_in_a_word_or_a_count_is_no_family(string text) =>
        Assert.Empty(Persons(text));

    [Fact]
    public void A_surname_before_家_that_begins_a_given_name_is_the_name() =>
        Assert.Equal(["唐家璇"], Persons("唐家璇说，双方看法一致。"));

    [Theory]
    [InlineData("他担任主席多年。")]
    [InlineData("代表们走上主席台。")]
    public void A_surname_ending_a_word_before_a_post_is_no_reference(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("武村正义说，日本重视两国关系。", "武村正义")]
    [InlineData("日本首相桥本龙太郎在今天的会谈中表示。", "桥本龙太郎")]
    [InlineData("桥本还表示，日本将继续努力。", "桥本")]
    [InlineData("据说东条英机自忖难逃审判。", "东条英机")]
    [InlineData("他研究过松下幸之助企业管理的经验。", "松下幸之助")]
    public void A_Japanese_family_name_reads_the_Japanese_given_name(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("工党领袖巴拉克昨天在开罗表示。", new[] { "巴拉克" })]
    [InlineData("球队外援巴西队员表现出色。", new string[0])]
    public void A_transliterated_name_jieba_tags_a_place_is_a_person_after_a_role_unless_every_reader_knows_the_place(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("联军司令巴拉克海军上将今天抵达。", new[] { "巴拉克" })]
    [InlineData("联军司令巴拉克港的防务由他负责。", new string[0])]
    public void A_place_suffixs_character_that_begins_a_word_does_not_make_a_person_tagged_place_a_place(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("素拉杰外长今天抵达北京。", new[] { "素拉杰" })]
    [InlineData("该国外长今天抵达北京。", new string[0])]
    [InlineData("当马局长走进会场时，大家鼓掌。", new[] { "马" })]
    [InlineData("昨天，省爱卫办主任在会上讲话。", new string[0])]
    public void Characters_that_make_no_word_between_a_clause_edge_and_a_title_are_a_foreign_name(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("代表团向素拉杰外长转交了信件。", new[] { "素拉杰" })]
    [InlineData("大使同明仁天皇进行了交谈。", new[] { "明仁" })]
    [InlineData("和以色列总理的会谈推迟了。", new string[0])]
    [InlineData("他和该国外长进行了会谈。", new string[0])]
    public void Characters_that_make_no_word_between_a_function_word_and_a_title_are_a_foreign_name(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("会见了银行行长素拉杰等人。", new[] { "素拉杰" })]
    [InlineData("泰国前总理素拉杰、副总理和部长都出席了。", new[] { "素拉杰" })]
    [InlineData("泰国选手素拉杰等人获得了金牌。", new[] { "素拉杰" })]
    [InlineData("前总理本人、副总理和部长都出席了。", new string[0])]
    [InlineData("行长素拉杰2日抵达曼谷。", new[] { "素拉杰" })]
    [InlineData("行长素拉杰昨天说明了情况。", new string[0])]
    public void Characters_that_make_no_word_between_a_post_or_a_role_and_punctuation_are_a_foreign_name(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("公司会长谷口一郎昨天访华。", new[] { "谷口一郎" })]
    [InlineData("协会会长谷口清太郎等人在日本筹资。", new[] { "谷口清太郎" })]
    [InlineData("他们走过长谷口的小桥。", new string[0])]
    public void A_Japanese_family_name_after_a_post_is_read_though_a_word_ends_in_it(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Fact]
    public void A_name_jieba_tags_a_place_is_a_person_after_a_post() =>
        Assert.Equal(["高原"], Persons("副市长高原出席会议。"));

    [Fact]
    public void A_name_at_the_head_of_a_clause_may_have_a_word_as_its_given_name() =>
        Assert.Equal(["孙全军"], Persons("去年，孙全军是队里最年轻的选手。"));

    [Theory]
    [InlineData("会长王明、陈吉仁泰、李强出席了会议。", new[] { "王明", "陈吉仁泰", "李强" })]
    [InlineData("会长王明、李小平说，会议很成功。", new[] { "王明", "李小平" })]
    public void A_listed_name_takes_a_fourth_character_that_ends_the_item(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Fact]
    public void Names_listed_beside_a_person_are_persons() =>
        Assert.Equal(["李朝锋", "石建国", "牛顺利"], Persons("区长李朝锋、石建国、牛顺利出席会议。"));

    [Theory]
    [InlineData("记者王磊报道：会议今天开幕。", "王磊")]
    [InlineData("县级干部楚文选出席。", "楚文选")]
    public void A_name_ends_before_a_word_its_last_character_would_begin(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Fact]
    public void A_name_with_a_rare_surname_is_found_when_it_scores_high_enough() =>
        Assert.Equal(["柏凤杰"], Persons("柏凤杰表示要抓好落实。"));

    [Theory]
    [InlineData("柳萍的目光始终瞄准着农村。", "柳萍")]
    [InlineData("俞国华介绍了情况。", "俞国华")]
    [InlineData("焦玉英走进会场。", "焦玉英")]
    public void A_rare_surname_that_is_mostly_a_surname_needs_a_smaller_margin(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Fact]
    public void A_rare_surname_that_is_a_function_word_alone_is_that_word() =>
        Assert.Equal(["葛明"], Persons("比赛很艰苦，但葛明还是赢了。"));

    [Theory]
    [InlineData("不能以武养武。")]
    [InlineData("要加强师德师风建设。")]
    public void A_surname_repeated_at_the_end_is_a_set_phrase(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("农科所所长刘建新教授介绍了新品种。", "刘建新")]
    [InlineData("研究院孙立明院士作了报告。", "孙立明")]
    [InlineData("会后，萨拉赫先生接受了采访。", "萨拉赫")]
    [InlineData("达尼洛外长昨天会见了代表团。", "达尼洛")]
    public void A_name_before_a_title_is_a_person(string text, string name) =>
        Assert.Contains(name, Persons(text));

    [Theory]
    [InlineData("学校校长讲了话。")]
    [InlineData("大学校长讲了话。")]
    [InlineData("他任副校长多年。")]
    public void A_title_after_no_name_finds_no_person(string text) =>
        Assert.Empty(Persons(text));

    [Fact]
    public void A_name_the_lexicon_tags_as_another_word_is_a_person_when_it_lists_the_given_name() =>
        Assert.Equal(["周恩来"], Persons("他写了一本研究周恩来经济思想的书。"));

    [Theory]
    [InlineData("一年之计在于春，大家要鼓足干劲。")]
    [InlineData("这是魏都的一张靓丽名片。")]
    [InlineData("许昌裕丰科技的纺纱车间很忙。")]
    [InlineData("广大党员要做到对党忠诚。")]
    [InlineData("各部门派出精兵强将、严阵以待。")]
    public void Characters_that_make_words_with_their_neighbours_are_no_names(string text) =>
        Assert.Empty(Persons(text));

    [Theory]
    [InlineData("傅明峻也赢了一场比赛。", "傅明峻")]
    [InlineData("宋连起从外地回来。", "宋连起")]
    [InlineData("今年，金大中新政府成立。", "金大中")]
    public void A_name_with_no_cue_is_read_from_its_surname_its_place_and_the_lexicon(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("据了解，孟力行已经发表了论文。", "孟力行")]
    [InlineData("他看望了困难职工罗青选。", "罗青选")]
    public void A_name_scoring_near_the_cut_off_is_read_where_the_tokenizer_segments_it_as_one_name(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Fact]
    public void The_segmentation_that_vouches_for_a_name_is_the_taggers_own_tokenizers()
    {
        // The PKU standard writes a surname apart from its given name, so its segmentation never makes 孟力行 one token.
        var pku = new EntityTagger(tokenizer: ChineseTokenizer.Create(new ChineseTokenizerOptions { Standard = SegmentationStandard.Pku }));
        Assert.Equal(["孟力行"], Persons("据了解，孟力行已经发表了论文。"));
        Assert.DoesNotContain(pku.Tag("据了解，孟力行已经发表了论文。").AsImmutableArray(), m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("对退休党员发挥余光领学等先进做法给予表扬。")]
    [InlineData("当前，尤其要抓好欧绿保、隧道装备制造等项目。")]
    public void The_tokenizer_vouches_for_no_name_whose_surname_begins_a_word_or_abbreviates_a_place(string text) =>
        Assert.Empty(Persons(text));

    [Fact]
    public void A_name_of_two_wins_over_three_whose_last_character_begins_a_common_word_when_it_scores_higher() =>
        Assert.Equal(["刘莉"], Persons("刘莉明白，要想站稳市场就要讲质量。"));

    [Fact]
    public void A_name_the_lexicon_lists_inside_an_idiom_is_no_person() =>
        Assert.Empty(Persons("他只得偷梁换柱。"));

    [Theory]
    [InlineData("他们把功劳张冠李戴，记在别人名下。")]
    [InlineData("这种做法是张冠李戴。")]
    public void A_name_read_from_its_characters_is_no_person_where_a_longer_word_the_lexicon_tags_a_name_begins_with_it(string text) =>
        Assert.Empty(Persons(text));

    [Fact]
    public void A_surname_the_lexicon_tags_a_preposition_is_that_preposition_after_a_verb() =>
        Assert.Empty(Persons("这个星团形成于宇宙诞生早期。"));

    [Fact]
    public void A_surname_the_lexicon_tags_a_preposition_begins_a_name_after_a_boundary() =>
        Assert.Equal(["于宇宙"], Persons("据介绍，于宇宙已经完成了论文。"));

    [Fact]
    public void A_name_of_two_is_read_where_three_score_too_low_and_the_third_begins_a_word() =>
        Assert.Equal(["王丽"], Persons("后来他又找王丽谈及调动的事。"));

    [Fact]
    public void A_run_of_transliteration_characters_before_a_title_wins_over_a_shorter_chinese_reading() =>
        Assert.Equal(["卡拉费尔"], Persons("会上，我见到卡拉费尔教授。"));

    [Fact]
    public void A_common_surname_and_a_proper_noun_after_a_post_is_the_name() =>
        Assert.Equal(["金正日"], Persons("朝鲜劳动党总书记金正日近日提出方针。"));

    [Theory]
    [InlineData("丛书分别由周之路、秦文君等作家创作。", new[] { "周之路", "秦文君" })]
    [InlineData("对局安排为：吴明临对柳大中、徐天红对胡荣华。", new[] { "吴明临", "柳大中", "徐天红", "胡荣华" })]
    [InlineData("因此，路易斯和赫苏斯两兄弟很有名。", new[] { "路易斯", "赫苏斯" })]
    public void Names_listed_or_joined_beside_a_person_are_persons(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Fact]
    public void A_foreign_name_joined_to_a_person_before_a_place_suffix_names_the_place() =>
        Assert.DoesNotContain("伊达尔", Persons("考察中，李朝锋与伊达尔市副市长座谈。"));

    [Theory]
    [InlineData("这场比赛中，孙淑萍的发挥很稳定。", "孙淑萍")]
    [InlineData("会后，周彤找到了他。", "周彤")]
    [InlineData("他们请来了刘咏梅的女儿。", "刘咏梅")]
    public void A_given_character_of_the_persons_jieba_tags_nrfg_is_scored_as_a_given_name(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Theory]
    [InlineData("那天我见到了杨火星的父亲。", "杨火星")]
    [InlineData("可是郑四清却没有回来。", "郑四清")]
    public void The_tokenizer_vouches_for_a_name_whose_given_name_is_a_word(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Fact]
    public void The_tokenizer_vouches_for_no_name_whose_surname_is_a_function_word_before_a_word() =>
        Assert.Empty(Persons("内政部长将于明天与工会展开谈判。"));

    [Theory]
    [InlineData("当年岳青、李昕那种拼劲令人难忘。", new[] { "岳青", "李昕" })]
    [InlineData("江西籍厂主商国华、陆新平二人心里着急。", new[] { "商国华", "陆新平" })]
    public void A_name_listed_before_a_person_may_follow_a_word(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Fact]
    public void A_run_of_transliteration_characters_ends_before_a_character_that_begins_a_word_of_three() =>
        Assert.Empty(Persons("昆明小雨16℃／24℃拉萨雷阵雨转多云10℃／25℃"));

    [Theory]
    [InlineData("会后总理满意地说，会谈很成功。")]
    [InlineData("他同车间主任商量过，决定扩建。")]
    public void A_name_after_a_post_ends_before_a_particle_that_ends_the_word_before_it(string text) =>
        Assert.Empty(Persons(text));

    [Fact]
    public void A_foreign_name_joined_to_a_person_begins_after_a_listed_place() =>
        Assert.Equal(["奥卡塞赫", "韦斯特"], Persons("尼日利亚奥卡塞赫和韦斯特都承认对比赛重视不够。"));

    [Fact]
    public void A_run_of_two_transliteration_characters_before_dengren_is_a_person() =>
        Assert.Equal(["迪卡"], Persons("迪卡等人被控参与政变。"));

    [Fact]
    public void A_one_character_part_after_a_dot_takes_the_word_it_begins() =>
        Assert.Equal(["莫·甘地"], Persons("前总理莫·甘地去年访华。"));

    [Fact]
    public void A_surname_and_a_character_that_make_a_time_word_are_no_name_after_a_post() =>
        Assert.DoesNotContain("周二晚", Persons("若斯潘总理周二晚表示欢迎。"));

    [Theory]
    [InlineData("为此，王作玺主持创办了农民夜校。", "王作玺")]
    [InlineData("刘晚霞下岗后，她感到很困惑。", "刘晚霞")]
    public void A_common_surname_may_begin_a_name_with_an_unlikely_given_character(string text, string name) =>
        Assert.Equal([name], Persons(text));

    [Fact]
    public void A_three_character_noun_of_a_surname_and_no_words_is_the_name_after_a_post() =>
        Assert.Equal(["林兆枢"], Persons("副院长林兆枢出席了会议。"));

    [Fact]
    public void A_name_spelt_in_transliteration_characters_after_a_place_cue_is_no_chinese_name() =>
        Assert.Empty(Persons("他8日在首都阿尼贾去世。"));

    [Fact]
    public void A_name_of_three_before_a_title_may_begin_with_a_two_character_name_jieba_lists() =>
        Assert.Equal(["李铁生"], Persons("北京四中李铁生校长说，学生很努力。"));

    [Theory]
    [InlineData("受冷空气影响，西北东部和黄淮等地气温下降。", new string[0])]
    [InlineData("会上，李长春讲了话。", new[] { "李长春" })]
    [InlineData("会上，黄淮安讲了话。", new[] { "黄淮安" })]
    public void A_name_read_from_its_characters_that_surer_names_cover_end_to_end_is_those_names(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Fact]
    public void Two_rivers_abbreviations_a_name_would_cover_stay_places() =>
        Assert.Equal(["西北", "黄", "淮"], Tagger.Tag("受冷空气影响，西北东部和黄淮等地气温下降。").AsImmutableArray().Where(m => m.Type == EntityType.Location).Select(m => m.Text));

    [Theory]
    [InlineData("据介绍，斯特拉·贝格公司是一家咨询公司。", new string[0])]
    [InlineData("他说，孙兰素·威康公司是一家药企。", new string[0])]
    [InlineData("这套丛书的第三册·李兰素卷已经出版。", new[] { "李兰素" })]
    public void The_first_part_of_a_dotted_name_is_no_name_alone(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("这是全县教师能得到的最高荣誉。", new string[0])]
    [InlineData("社区打造了十分钟智慧生活圈。", new string[0])]
    [InlineData("钟智慧是我们的老师。", new[] { "钟智慧" })]
    [InlineData("会上，高荣誉讲了话。", new[] { "高荣誉" })]
    public void A_given_name_jieba_tags_nr_is_the_word_it_is_where_the_surname_ends_a_word(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("我们下午去卢浮宫参观。", new string[0])]
    [InlineData("我们下午去看望了卢建国。", new[] { "卢建国" })]
    public void A_name_read_from_its_characters_that_ends_in_a_sites_final_is_the_site(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("扎拉齐今天抵达开罗。", new[] { "扎拉齐" })]
    [InlineData("据报道，穆巴齐日前访问了印度。", new[] { "穆巴齐" })]
    [InlineData("萨瓦齐今晨抵达。", new[] { "萨瓦齐" })]
    [InlineData("伊斯兰堡今天举行了集会。", new string[0])]
    public void A_foreign_name_heading_a_clause_before_a_time_word_is_its_subject(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("暴雨袭击了萨拉戈尼亚等大城市。", EntityType.Location)]
    [InlineData("代表团访问了马拉卡西亚等地。", EntityType.Location)]
    [InlineData("萨拉戈尼亚等人出席了会议。", EntityType.Person)]
    public void A_foreign_name_before_a_lists_deng_and_a_word_for_places_is_a_place(string text, EntityType type) =>
        Assert.Equal([type], Tagger.Tag(text).AsImmutableArray().Select(m => m.Type));

    [Theory]
    [InlineData("萨拉戈尼亚2号机组停止运行。", new string[0])]
    [InlineData("据悉，桑塔纳2号车间停产。", new string[0])]
    [InlineData("7号穆勒攻入一球。", new[] { "穆勒" })]
    public void A_name_read_without_context_before_a_number_and_hao_names_a_thing(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("他们都支持萨拉戈尼亚进步联盟。", new string[0])]
    [InlineData("据报道，布鲁诺体系已经建立。", new string[0])]
    [InlineData("据报道，布鲁诺已经抵达。", new[] { "布鲁诺" })]
    [InlineData("据报道，布鲁诺森林体系已经瓦解。", new string[0])]
    [InlineData("据报道，布鲁诺建立体系已经多年。", new[] { "布鲁诺" })]
    public void A_foreign_name_read_without_context_before_a_word_for_a_system_or_a_body_names_it(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("斯特拉斯堡总领事馆今天举行招待会。", new string[0])]
    [InlineData("斯特拉斯堡市政厅位于市中心。", new string[0])]
    [InlineData("马克思主义是我们的指导思想。", new[] { "马克思" })]
    [InlineData("斯特拉今天抵达北京。", new[] { "斯特拉" })]
    public void A_listed_name_that_begins_a_longer_listed_name_past_four_characters_is_no_person(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("大道至简，万法归一。", new string[0])]
    [InlineData("秋高气爽，叶红林密。", new string[0])]
    [InlineData("任君采撷，随心所欲。", new string[0])]
    [InlineData("“钱随粮走”，“粮随钱动”。", new string[0])]
    [InlineData("致张文华，祝你新年快乐。", new[] { "张文华" })]
    public void A_name_read_from_its_characters_in_a_run_of_four_character_clauses_is_none(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("这一带山高林密，人迹罕至。", new string[0])]
    [InlineData("会上，高林密讲了话。", new[] { "高林密" })]
    public void A_listed_name_that_pairs_with_the_noun_before_it_as_two_subjects_and_adjectives_is_none(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("其中傅启明还取得了好成绩。", new[] { "傅启明" })]
    [InlineData("昨天，洪家峻来到工地。", new[] { "洪家峻" })]
    [InlineData("他和赖国华一起去了北京。", new[] { "赖国华" })]
    [InlineData("其中洪水还淹没了农田。", new string[0])]
    [InlineData("这位老师傅还取得了好成绩。", new string[0])]
    [InlineData("他信赖家人。", new string[0])]
    public void Fu_hong_and_lai_are_surnames_as_common_as_the_hundred_most_frequent(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("会上，张立新、木婉清先后发言。", new[] { "张立新", "木婉清" })]
    [InlineData("他读了钱学森、李四光函中的意见。", new[] { "钱学森", "李四光" })]
    [InlineData("会上，木婉清、张立新先后发言。", new[] { "木婉清", "张立新" })]
    [InlineData("会上，张立新、小姑娘代表先后发言。", new[] { "张立新" })]
    [InlineData("会上，张立新、木婉清楚地说明了情况。", new[] { "张立新" })]
    public void A_three_character_word_the_lexicon_tags_a_name_listed_beside_a_person_is_a_person(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("出席会议的有张立新、钱求我，王建华主持会议。", new[] { "张立新", "钱求我", "王建华" })]
    [InlineData("出席会议的有张立新、李明等，王建华主持会议。", new[] { "张立新", "李明", "王建华" })]
    [InlineData("出席会议的有张立新、李明也，王建华主持会议。", new[] { "张立新", "李明", "王建华" })]
    public void A_listed_name_of_two_takes_one_more_character_that_stands_alone_before_the_lists_next_item(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("木婉清（中）、张立新（左）在交谈。", new[] { "木婉清", "张立新" })]
    [InlineData("图为焦英（右一）在车间。", new string[0])]
    [InlineData("焦英（右一）在车间。", new[] { "焦英" })]
    [InlineData("木婉清（中国）在交谈。", new string[0])]
    [InlineData("合影中的木婉清（中）在交谈。", new string[0])]
    public void A_name_before_a_photographs_position_mark_is_a_person(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("会见了工商部特别代表沙米拉塔里都、大使王建国。", new[] { "沙米拉塔里都", "王建国" })]
    [InlineData("会见特使卡萨米拉都、大使王建国后，他离开了。", new[] { "卡萨米拉都", "王建国" })]
    [InlineData("会见顾问马尔蒂诺夫后、大使王建国以后，他离开了。", new[] { "马尔蒂诺夫", "王建国" })]
    public void A_foreign_name_after_a_post_or_a_role_takes_a_character_it_would_leave_alone_before_a_list_comma(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("车队新添了两辆桑塔纳。", new string[0])]
    [InlineData("他开着一部桑塔纳回家。", new string[0])]
    [InlineData("他有三台克鲁索尼亚。", new string[0])]
    [InlineData("我们请来了一位桑塔纳。", new[] { "桑塔纳" })]
    [InlineData("全部马尔蒂诺夫的支持者到场。", new[] { "马尔蒂诺夫" })]
    public void A_foreign_name_counted_with_a_measure_for_vehicles_or_machines_names_a_make(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("外交部长卡拉帕申是一位老外交家。", new[] { "卡拉帕申" })]
    [InlineData("总统克林顿派是什么意思。", new[] { "克林顿" })]
    [InlineData("会见部长马尔蒂诺夫后是否发表声明？", new[] { "马尔蒂诺夫" })]
    [InlineData("总统卡拉帕总是很忙。", new[] { "卡拉帕" })]
    public void A_foreign_name_after_a_post_takes_a_character_the_scores_lack_before_the_copula(string text, string[] names) =>
        Assert.Equal(names, Persons(text));

    [Theory]
    [InlineData("据悉，斯坦纳集团今年扩大生产，斯坦纳的产品远销欧洲。", new string[0])]
    [InlineData("据悉，斯坦纳今年扩大生产，斯坦纳的产品远销欧洲。", new[] { "斯坦纳", "斯坦纳" })]
    [InlineData("斯坦纳集团今年成立，总裁斯坦纳说，他很满意。", new[] { "斯坦纳" })]
    [InlineData("宋庆龄基金会成立多年，宋庆龄的遗愿得以实现。", new[] { "宋庆龄" })]
    public void A_word_read_alone_as_a_name_that_begins_a_firm_in_the_text_is_the_firms_short_name(string text, string[] names) =>
        Assert.Equal(names, Persons(text));
}
