# Makes lexicon-names.tsv: names that jieba's dictionary (dict.txt, MIT licence, shipped in the jieba.NET NuGet
# package under Resources/) tags as places (ns), organisations (nt) or persons (nr, nrt), filtered so that the
# tagger can propose them without context:
# - places: ns entries seen at least MIN_PLACE times that look like places: three or more characters ending in a
#   place's suffix (…县, …河, …岛), or written only in transliteration characters (莫斯科), or two characters seen at
#   least MIN_COMMON_PLACE times, or two characters ending in 县 seen at least MIN_COUNTY times (沛县, 莒县: a county
#   named by one character, which no suffix grammar reads), or a county's or a city's name without its suffix: a word of
#   two or three characters that jieba tags ns whose county or city (恭城县, 潍坊市) it tags ns, or of two characters
#   that it does not list whose county or city it tags ns and has seen at least MIN_COUNTY times (唐山市, 高雄县: news
#   text names a county town or a city without its suffix), with that county or city (恭城县) however seldom seen, or
#   three or more characters ending in a place's suffix seen at least MIN_SUFFIXED_PLACE times (玛多县, 信德省); minus the
#   ordinary words jieba also tags ns (城市, 东西, 爱国 …: the list below, written by hand), regions named by a direction
#   (东北地区), markets (国际市场) and kinds of city whose name
#   is no word (文明城市, 港口城市; not 应城市 or 诸城市, cities of 应城 and 诸城);
# - organisations: nt entries of three or more characters seen at least MIN_ORGANIZATION times, or of five or more
#   characters that begin with a place and end in a kind of body's ending seen at least MIN_SUFFIXED_ORGANIZATION times
#   (以色列工党, 中国儿童少年基金会), except a place and
#   a generic word (美国政府), governments other than people's governments (俄政府, 中央政府), kinds of body
#   (公安局) and entries that are no body (伦理学), listed below; those that name a venue (人民大会堂, 中国美术馆,
#   首都体育馆) are places, as the newswire conventions tag venues;
# - persons: nr/nrt entries of three or more characters made only of transliteration characters (克林顿, 叶利钦),
#   the foreign names the surname model cannot find, minus the places and things jieba also tags nr (the list below,
#   written by hand from general knowledge).
# No gold NER data is read.
#
# Foreign places jieba misses or tags nr (莫斯科, 科索沃) are added from a list written by hand.
#
# Usage: python3 make_lexicon_names.py path/to/jieba/Resources/dict.txt transliteration.txt > lexicon-names.tsv
# where transliteration.txt holds the characters of Grammar.Transliteration (the string in Grammar.cs), e.g.
#   grep -o 'BitSet.Of("阿埃艾[^"]*")' ../Grammar.cs | sed 's/BitSet.Of("//; s/")//' > transliteration.txt
import sys

MIN_PLACE, MIN_COMMON_PLACE, MIN_COUNTY, MIN_ORGANIZATION, MIN_PERSON = 20, 300, 5, 10, 10
# A place with its suffix or a body with its kind's ending names one place or body however seldom jieba saw it
# (玛多县, 白湖乡; 中国儿童少年基金会, 以色列工党): the suffix says what it is, so rarer entries are kept for them.
MIN_SUFFIXED_PLACE, MIN_SUFFIXED_ORGANIZATION = 3, 2
ORGANIZATION_ENDINGS = ('会', '团', '军', '署', '厅', '组', '社', '所', '院', '处', '队', '厂', '司', '局', '部', '委', '办', '党',
                        '校', '大学', '中心', '公司', '集团', '银行', '联盟', '组织', '协会', '报', '台', '馆', '站')
PLACE_SUFFIXES = set("省市县区州镇乡村山河湖江海岛港湾峡岭峰泉洲街路桥寺宫园关城屯寨庄堡沟坡洋")
NOT_PLACES = set("""城市 东西 爱国 平原 外国 山峰 下山 上台 契约 长跑 临街 中居 英武 巴金 舞美 中密度 内城 石桥 北门 大洋 西洋
山寨 四野 城关 城隍 万圭 波利 阿苏 银联 永宁 朝阳 天下 山上 山下 河边 江山 海外 国外 国内 本国 全国 各国 两国 大国 小国 祖国
中外 中华 东方 西方 南方 北方 东部 西部 南部 北部 中部 内地 边疆 沿海 山区 海峡 平安 长安 太平 和平 中山 东山 南山 北山 西山
黄金 白云 青山 绿水 高山 大山 大河 大江 长城 江北 河南岸 华人 华侨 京剧 港口 湖南岸 安全 新城 老城 古城 上海滩 江湖 湖泊
河流 山河 山水 华夏 万古 三中 三国 三藏 上山 上岗 上市 上路 上铺 上门 上马 东南 东坡 东路 东门 中和 中堂 中断 中西 中路 中道 之江 乌利 乌斯 二哥 云集 井口 亚平 亚斯 亚科 伊兰 伊索 伦巴 伦比 伦理 余脉 克西 入口 入川 入市 入海 入门 关山 关联 兴国 兴旺 内尔 内斯 内河 内海 冰川 利亚 加利 加斯 加盟 加里 北极 北流 北路 北风 千古 华纳 华里 南北 南口 南瓜 南路 南里 南门 博古 卡门 卫国 古典 古本 古都 台地 台基 台独 台风 吉利 哈利 哥哥 商城 喜庆 嘉宾 四中 四海 四门 回国 图丹 图兰 土城 埃兰 埃斯 城南 城垣 城堡 城西 城镇 塔门 大圣 大城 大桥 大汉 大海 大湖 大街 大都 天桥 天池 天河 天黑 太庙 太阳 安南 安宁 官山 密封 尼亚 屯田 山口 山坡 山岭 山川 山林 山洞 山羊 山脉 山镇 山门 巴巴 巴布 巴斯 巴里 巴马 布利 希亚 希波 广义 广布 庆典 庙里 建国 开国 归国 德克 德兰 德利 德尔 德布 扬威 拉丹 拉古 拉门 拉马 拜拜 捷利 故城 新建 新村 新河 新港 新鲜 日志 普及 朝廷 朝野 松林 桑海 欧拉 欧里 正南 比丘 比亚 永乐 永安 江中 江水 江河 江流 池塘 池河 沙沙 沙河 沙海 沙湖 沙里 沧海 河口 河水 河湖 河湾 河畔 河谷 河里 治国 治安 沿河 泉水 法伦 法典 法勒 法拉 法门 波尔 波海 波特 波里 泰来 洛克 洛尔 洪门 海关 海利 海岛 海斯 海沙 海洋 海港 海湾 海滨 海滩 海马 深山 深度 深水 深海 深渊 深谷 渡江 渡河 湖区 湖水 湖西 湘云 滨海 爱多 牡丹 王国 登山 登极 白嫩 白马 石湖 礼拜 神圣 福临 福克 福利 福威 福斯 福特 立马 米亚 罗兰 罗加 罗海 罗西 美丽 肯斯 芬利 苏拉 苏林 苏瓦 英雄 莫亚 莫大 莫非 莲蓬 蒙特 西兰 西拉 西斯 西特 西瓜 西达 西路 西门 西马 诸国 诸州 象牙 贵宾 赞美 路桥 路西 达南 远洋 迪南 那大 郑克 都城 都市 重镇 重阳 金牙 长大 长山 长度 长河 阴阳 阿兰 阿哥 青春 青竹 马亚 马约 高原 黄连 龙大 龙门 上山下乡 三角区 三角洲 神州 九州 中原 关中 关东 关西 塞外 海内 天涯 人间 世界 全球 亚太 欧美 西亚 拉美 大城市 大中城市 周边城市 城市热岛""".split())

# Foreign places, written by hand from general knowledge (jieba tags many of them nr): listed as places.
# Weather phenomena, a sport and imagined places that jieba tags nr are listed here too, which keeps them from being
# persons; companies (雅马哈, 迪斯尼) are organisations every reader knows (Grammar.KnownOrganizations), not places.
FOREIGN_PLACES = set("""科索沃 莫斯科 南斯拉夫 卡拉奇 布隆迪 黎巴嫩 厄尔尼诺 拉尼娜 克什米尔 阿拉伯 阿尔巴尼亚 高尔夫
达沃斯 阿鲁巴 阿尔萨斯 乌克兰 乌兰巴托 乌普萨拉 伊尔库茨克 亚松森 乌托邦 乌拉尔 亚利桑 亚特兰蒂斯 伊利诺 伊利诺伊 利比亚 叙利亚 索马里
尼日利亚 坦桑尼亚 肯尼亚 安哥拉 突尼斯 阿尔及利亚 摩洛哥 阿富汗 伊拉克 科威特 卡塔尔 也门 约旦 以色列 巴勒斯坦 塞浦路斯 马耳他 爱沙尼亚
拉脱维亚 立陶宛 白俄罗斯 摩尔多瓦 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 乌兹别克斯坦 土库曼斯坦 吉尔吉斯斯坦 塔吉克斯坦 巴基斯坦 孟加拉
斯里兰卡 尼泊尔 不丹 马尔代夫 柬埔寨 老挝 缅甸 文莱 菲律宾 印度尼西亚 新西兰 巴布亚 斐济 汤加 萨摩亚 瓦努阿图 哥伦比亚 委内瑞拉
厄瓜多尔 秘鲁 玻利维亚 巴拉圭 乌拉圭 阿根廷 智利 巴西 墨西哥 古巴 牙买加 海地 多米尼加 巴拿马 哥斯达黎加 尼加拉瓜 洪都拉斯 萨尔瓦多
危地马拉 伯利兹 加拿大 格陵兰 冰岛 挪威 瑞典 芬兰 丹麦 荷兰 比利时 卢森堡 瑞士 奥地利 列支敦士登 摩纳哥 安道尔 圣马力诺 梵蒂冈 西班牙
葡萄牙 意大利 希腊 土耳其 保加利亚 罗马尼亚 匈牙利 斯洛伐克 捷克 波兰 斯洛文尼亚 克罗地亚 波斯尼亚 黑山 塞尔维亚 马其顿 苏丹 埃塞俄比亚
索马里 吉布提 厄立特里亚 乌干达 卢旺达 刚果 加蓬 喀麦隆 乍得 尼日尔 马里 塞内加尔 冈比亚 几内亚 塞拉利昂 利比里亚 科特迪瓦 加纳 多哥
贝宁 布基纳法索 毛里塔尼亚 纳米比亚 博茨瓦纳 津巴布韦 赞比亚 马拉维 莫桑比克 马达加斯加 毛里求斯 塞舌尔 科摩罗 莱索托 斯威士兰
华盛顿 纽约 伦敦 巴黎 柏林 罗马 马德里 里斯本 维也纳 布拉格 华沙 布达佩斯 贝尔格莱德 索非亚 布加勒斯特 雅典 安卡拉 伊斯坦布尔
德黑兰 巴格达 大马士革 贝鲁特 开罗 利雅得 喀布尔 伊斯兰堡 新德里 孟买 加尔各答 达卡 加德满都 科伦坡 曼谷 仰光 河内 金边 万象
马尼拉 雅加达 吉隆坡 新加坡 悉尼 墨尔本 堪培拉 惠灵顿 渥太华 多伦多 温哥华 蒙特利尔 芝加哥 洛杉矶 旧金山 波士顿 费城 休斯敦
亚特兰大 迈阿密 底特律 西雅图 丹佛 达拉斯 圣保罗 里约热内卢 布宜诺斯艾利斯 利马 波哥大 加拉加斯 哈瓦那 基辅 明斯克 圣彼得堡
法兰克福 慕尼黑 汉堡 科隆 米兰 那不勒斯 威尼斯 佛罗伦萨 巴塞罗那 日内瓦 苏黎世 布鲁塞尔 阿姆斯特丹 海牙 哥本哈根 斯德哥尔摩 奥斯陆
赫尔辛基 雷克雅未克 都柏林 爱丁堡 曼彻斯特 利物浦 伯明翰 克什米尔 阿尔萨斯 阿鲁巴 达沃斯 乌兰巴托 乌普萨拉 伊尔库茨克
亚松森 乌拉尔 亚利桑那 伊利诺伊
几内亚比绍 赤道几内亚 佛得角 圣多美和普林西比 巴巴多斯 特立尼达和多巴哥 格林纳达 安提瓜和巴布达 圭亚那 东帝汶 密克罗尼西亚 瑙鲁 帕劳
基里巴斯 图瓦卢 圣卢西亚 圣文森特和格林纳丁斯 圣基茨和尼维斯 南苏丹 阿曼 阿联酋 孟加拉国 巴布亚新几内亚 北爱尔兰 威尔士 英格兰 爱尔兰
波黑 塞黑 波斯尼亚和黑塞哥维那 刚果民主共和国 扎伊尔 西撒哈拉""".split())

# Organisations, brands, weather and other things that jieba tags nr, written by hand.
NOT_PERSONS = FOREIGN_PLACES | set("""雷阵雨 欧佩克 厄尔尼诺 拉尼娜 阿拉伯 高尔夫 雅马哈 迪斯尼 乌托邦 亚特兰蒂斯 亚利桑 伊利诺 奥林匹克 奥运 可口可乐 百事可乐 麦当劳 肯德基 耐克 阿迪达斯 索尼 丰田 本田
奔驰 宝马 大众 福特 微软 英特尔 摩托罗拉 诺基亚 爱立信 西门子 飞利浦 雀巢 沃尔沃 迪斯科 卡拉OK 桑拿 巧克力 咖啡 沙拉 马拉松 奥斯卡
伊斯兰 基督 穆斯林 佛陀 菩萨 观音 阿门 哈利路亚 阿拉""".split())

dictionary, transliteration_file = sys.argv[1], sys.argv[2]
transliteration = set(open(transliteration_file, encoding='utf-8').read().strip())
tags, frequencies = {}, {}
for line in open(dictionary, encoding='utf-8'):
    parts = line.split()
    if len(parts) >= 3:
        tags[parts[0]], frequencies[parts[0]] = parts[2], int(parts[1])

# Ordinary words that name a county or a city too (长寿, 兴隆, 中卫 in football, 江口, 临海): jieba tags them ns and
# lists their county (长寿县), but in running text they are the words; written by hand.
COUNTY_WORDS = set("""长寿 兴隆 中卫 新店 新庄 江口 江源 河曲 平川 临海 临江 湖口 新安 三河 石城 山阴 山阳 阳山 南城 新乐 德化 安国 无极
云和 大关 长乐 永平 永兴 永春 青龙 祥云 合山 平山 浮山 独山 白山 五河 东安 福安 定安 镇安 宁安 长宁 长兴 新平 正阳 开阳 望江 平湖
平阳 大宁 广宁 江安 永德 宁国 长海 海兴 通海 东兴 华池 安东 清河 白河 上林 东平 西平 平南 高阳 丰都 乐都 东川 会昌 永昌 吉水""".split())

# Two-character words ending in 县 that name no county: numbers of counties, other, new and old counties, kinds of area.
NOT_COUNTIES = set("五县 外县 郡县 府县 山县 新县 旧县".split())

# A place and a generic word (美国政府, 美国公司, 美国联邦) is the place and a government, not a named body.
GENERIC_BODIES = ('政府', '当局', '公司', '联邦')


# A rare body is listed alone only when it begins with its place (以色列工党, 中国儿童少年基金会): a rare one that begins
# with a common word (铁路医院, 青年志愿者协会) is a kind of body, or the end of a longer name (广元铁路医院).
def placed(word):
    return any(tags.get(word[:n]) == 'ns' or word[:n] in FOREIGN_PLACES for n in (2, 3, 4))


def place_and_generic_body(word):
    return any(word.endswith(g) and (tags.get(word[:-len(g)]) == 'ns' or word[:-len(g)] in FOREIGN_PLACES) for g in GENERIC_BODIES)


# A government named by its place, its time or its leader (俄政府, 现政府, 中央政府, 克林顿政府) is a government, not a
# named body; a people's government keeps its name (北京市人民政府), as the yearbook writes its district's.
def government(word):
    return word.endswith(('政府', '当局')) and not word.endswith('人民政府')


# Kinds of body rather than names of one (人民政府, 公安局), and nt entries that are no body at all (伦理学, 国际化):
# written by hand, and every entry ending like a discipline or a process.
GENERIC_ORGANIZATIONS = set("""人民政府 人民法院 人民检察院 人民代表大会 人民代表大会常务委员会 人大常委会 人民公社 人民军队 国家机关 党组织 团组织
党政机关 交易会 交易所 交汇处 汇合处 加工区 加工厂 加油站 加盟店 卫生室 卫生所 卫生院 公安局 供电局 农业局 商业局 国土局 国税局 民政局
卫生局 新闻处 新闻局 国家局 汇报会 住院部 信息中心 儿童医院 招生办 文学社 施工队 武术队 中等学校 大中学校 公共交通 公共场所 公共汽车
城市交通 光学玻璃 广播电视 广播电台 广播站 广播网 人财物 国库券 新政府 军政府 中央党 上进心 世道人心 平展展 新生事物 内外部 东中西部
中西部 中南部 中东部 复合物 河外星系 国富民强 国家有关 建设路 中草药 中西药 中医药 中医师 党代会 党委会 联合会 高级中学 文理学院
农业社 国内部 对外部 新市区 富集区 卫星国 交战国 建交国 人民共和国 共和国 城市信用社""".split())
NOT_BODY_ENDINGS = ('学', '化', '心', '物', '潮')
VENUE_ENDINGS = ('大会堂', '体育馆', '体育场', '美术馆', '博物馆', '纪念馆', '科技馆', '展览中心')

# The names of counties and cities that jieba lists with their suffix (恭城县 → 恭城), as places of their own; the
# county or city itself is listed with its name however seldom jieba saw it (衡南县: else 南县 would be read in it).
suffixed_divisions = {word[:-1] for word, tag in tags.items() if tag == 'ns' and len(word) in (3, 4) and word[-1] in '县市'} - COUNTY_WORDS
unlisted_divisions = {word[:-1] for word, tag in tags.items() if tag == 'ns' and len(word) == 3 and word[-1] in '县市'
                      and word[:-1] not in tags and frequencies[word] >= MIN_COUNTY and all('\u4e00' <= c <= '\u9fff' for c in word)}

rows = []
for line in open(dictionary, encoding='utf-8'):
    parts = line.split()
    if len(parts) < 3:
        continue
    word, frequency, tag = parts[0], int(parts[1]), parts[2]
    if not all('\u4e00' <= c <= '\u9fff' for c in word):
        continue
    looks_like_place = (len(word) >= 3 and word[-1] in PLACE_SUFFIXES) or all(c in transliteration for c in word) \
        or (len(word) == 2 and frequency >= MIN_COMMON_PLACE)
    suffixed_place = len(word) >= 3 and word[-1] in PLACE_SUFFIXES and frequency >= MIN_SUFFIXED_PLACE
    if tag == 'ns' and len(word) >= 2 and (frequency >= MIN_PLACE or suffixed_place) and looks_like_place and word not in NOT_PLACES \
            and not word.endswith(('地区', '市场')) and not (word.endswith('城市') and word[:-1] not in tags):
        rows.append((word, 'LOC'))
    elif tag == 'ns' and word in suffixed_divisions and word not in NOT_PLACES:
        rows.append((word, 'LOC'))
    elif tag == 'ns' and len(word) in (3, 4) and word[-1] in '县市' and word not in NOT_PLACES \
            and (tags.get(word[:-1]) == 'ns' or word[:-1] in unlisted_divisions) and word[:-1] not in NOT_PLACES:
        rows.append((word, 'LOC'))
    elif tag == 'ns' and len(word) == 2 and word[-1] == '县' and frequency >= MIN_COUNTY and word not in NOT_COUNTIES:
        rows.append((word, 'LOC'))
    elif tag == 'nt' and len(word) >= 3 and (frequency >= MIN_ORGANIZATION or (len(word) >= 5 and frequency >= MIN_SUFFIXED_ORGANIZATION and word.endswith(ORGANIZATION_ENDINGS) and placed(word))) \
            and not place_and_generic_body(word) and not government(word) \
            and word not in GENERIC_ORGANIZATIONS and not word.endswith(NOT_BODY_ENDINGS):
        rows.append((word, 'LOC' if word.endswith(VENUE_ENDINGS) else 'ORG'))
    elif tag in ('nr', 'nrt') and len(word) >= 3 and frequency >= MIN_PERSON and all(c in transliteration for c in word) \
            and word not in NOT_PERSONS:
        rows.append((word, 'PER'))
rows += [(place, 'LOC') for place in FOREIGN_PLACES]
rows += [(name, 'LOC') for name in unlisted_divisions if name not in NOT_PLACES]
for word, kind in sorted(set(rows)):
    print(f"{word}\t{kind}")
