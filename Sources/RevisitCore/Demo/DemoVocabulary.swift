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

    enum Language { case chinese, korean, spanish }

    /// The demo's customers are Chinese but for some Korean and Spanish names (see `person`).
    static func language(of name: String) -> Language {
        if name.unicodeScalars.contains(where: { (0xAC00 ... 0xD7A3).contains($0.value) }) { return .korean }
        if name.unicodeScalars.allSatisfy({ $0.isASCII || $0.properties.isAlphabetic && $0.value < 0x0250 }) { return .spanish }
        return .chinese
    }

    static let complaintWords: [Language: [String]] = [
        .chinese: ["保养后发动机异响, 比保养前还严重", "等了三个小时才交车, 没人告诉我原因", "收费和报价不一样, 多收了两百多块",
                   "空调修了两次还是不制冷", "车内有划痕, 送来的时候没有", "服务顾问态度很差, 说话不耐烦",
                   "预约了九点, 到了还要排队一个小时", "索赔被拒绝, 没有给出理由", "新车交付时资料不全, 发票晚了一周",
                   "刹车片刚换就有尖叫声", "洗车没洗干净, 脚垫还是湿的", "配件等了三周还没到"],
        .korean: ["정비 후에 엔진 소리가 더 커졌어요", "세 시간이나 기다렸는데 아무도 설명을 안 해줬어요", "견적보다 비용이 많이 나왔어요"],
        .spanish: ["Después del mantenimiento el motor hace más ruido", "Esperé tres horas y nadie me explicó nada",
                   "Me cobraron más de lo presupuestado"],
    ]
    static let complaintNotes = ["客户情绪激动, 要求店长回电", "已安抚客户, 答应两天内答复", "客户要求书面说明", "老客户, 优先处理"]
    static let resolutions = ["重新检修, 更换异响部件, 免工时费", "退还多收费用并致歉", "赠送一次免费保养", "更换配件, 试车确认正常",
                              "店长当面道歉, 赠送洗车券", "补办资料并快递给客户"]
    static let improvements = ["交车前增加试车检查", "报价变更须客户签字确认", "预约到店十分钟内接待", "配件缺货时当天告知客户"]
    /// What customers say on a call: praise, or (with a low rating) what went wrong.
    static let callWords: [Language: [String]] = [
        .chinese: ["服务很好, 顾问解释得很清楚", "洗车很干净, 谢谢", "车开起来比以前顺了", "下次保养想提前预约",
                   "休息区的咖啡不错", "师傅很专业", "没什么意见, 挺好的", "空调修好了, 很满意"],
        .korean: ["서비스가 아주 좋았어요", "다음에도 여기로 올게요"],
        .spanish: ["Muy buen servicio, gracias", "Todo bien, volveré"],
    ]
    static let callComplaints: [Language: [String]] = [
        .chinese: ["等的时间太长了", "价格偏贵, 希望有会员优惠", "结算的时候排队太久", "希望能提供代步车", "修完还有异响"],
        .korean: ["대기 시간이 좀 길었어요", "가격이 비싸요"],
        .spanish: ["La espera fue un poco larga", "El precio me pareció alto"],
    ]
}
