/// Text that has broken column layouts before, for comparing a fast path with the slow one.
enum TrickyText {
    static let samples: [String] = [
        "", " ", "   ", "plain ascii words here", "averyveryverylongwordwithoutanyspaceatallthatgoesonandon",
        "张伟 C000123", "保养后发动机异响, 比保养前还严重 空调修了两次还是不制冷", "车子异响修了两次车子异响修了两次车子异响修了两次",
        "김민준 서울 정비 후에 엔진 소리가 더 커졌어요", "María José Núñez · Después del mantenimiento",
        "Jose\u{301} e\u{301}\u{301} \u{301}leading mark", "\u{1112}\u{1161}\u{11AB} jamo 한", "가\u{11A8} syllable and final",
        "emoji 😀 ❤️ 👨‍👩‍👧 🇨🇳🇨🇳🇨 👍🏽 end", "tab\there\tand\u{1B}[2Jescape", "cr\r\nlf\rcr\u{0}nul \u{7F}del \u{9B}csi",
        "bidi \u{202E}reversed\u{202C} \u{2066}iso\u{2069} \u{2028}sep", "zero\u{200B}width\u{200D}joiner\u{FEFF}bom",
        "“quoted” → arrow … ellipsis ─┤█▌ ␛ �", "全角ＡＢＣ，。 halfwidth ｱｶﾞ 〃々〆〇 〪tone", "ending spaces   ",
        "  leading spaces", "a b c d e f g h i j k l m n o p q r s t u v w x y z", "中 文 空 格 中 文 空 格",
        "\u{600}prepend \u{AD}soft hyphen © ® ‼ ™", "mixed中文and한국어andEnglishwithnospaces中文中文中文",
        "x\u{FE0F} ☺\u{FE0F} #\u{FE0F}\u{20E3} keycap", "wide at end 中", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
    ]
}
