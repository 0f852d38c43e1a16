/// Names, places and cars the demo store is made of.
enum DemoVocabulary {
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "欧阳", "司马"]
    static let givenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "桂英", "建华", "志强", "晓东", "海燕", "嘉怡", "子轩", "浩然", "雨桐"]
    static let koreanNames = ["김민준", "이서연", "박지훈", "최수빈", "정예준", "강하은"]
    static let spanishNames = ["María García", "José Martínez", "Lucía Fernández", "Javier López", "Carmen Sánchez", "Ana Núñez"]
    static let districts = ["深圳市南山区科技园", "深圳市福田区华强北", "广州市天河区珠江新城", "深圳市宝安区西乡", "东莞市南城区", "佛山市禅城区"]
    static let provincePlates = ["粤B", "粤A", "粤S", "粤E", "湘A", "京A"]
    static let plateLetters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    static let models: [(model: String, kind: String)] = [
        ("朗逸", "轿车"), ("速腾", "轿车"), ("迈腾", "轿车"), ("帕萨特", "轿车"), ("宝来", "轿车"),
        ("途观L", "SUV"), ("探岳", "SUV"), ("途昂", "SUV"), ("ID.4", "SUV"), ("威然", "MPV"),
    ]
    static let items: [VisitType: [String]] = [
        .maintenance: ["更换机油, 机滤", "常规保养 (机油, 三滤)", "更换刹车油", "空调滤芯更换"],
        .repair: ["左前门异响检修", "空调不制冷", "发动机故障灯亮", "更换前刹车片", "变速箱顿挫检修"],
        .warranty: ["水泵渗漏索赔更换", "车窗升降器索赔", "中控屏黑屏索赔"],
        .insurance: ["后保险杠钣喷, 更换尾灯", "前杠刮擦理赔"],
        .bodywork: ["右后门凹陷钣金", "全车抛光打蜡", "引擎盖补漆"],
        .delivery: ["新车交付"],
        .promo: ["冬季免费检测", "车友会免费检查"],
    ]
}
