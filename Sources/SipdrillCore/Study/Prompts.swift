/// The fixed instruction texts of each kind of question, in both languages.
enum Prompts {
    static let phrase = Bilingual(en: "Type the reason phrase (or the Chinese name).",
                                  zh: "输入原因短语（或中文名称）。")
    static let code = Bilingual(en: "Type the code.", zh: "输入状态码。")
    static let meaning = Bilingual(en: "Which code means this? Type the code.",
                                   zh: "哪个状态码是这个意思？输入状态码。")
    static let scenario = Bilingual(en: "Which response fits? Choose a–d or type the code.",
                                    zh: "应当回哪个响应？选 a–d，或输入状态码。")
    static let codeClass = Bilingual(en: "Which class is this? Type 1xx … 6xx.",
                                     zh: "这是哪一类响应？输入 1xx … 6xx。")

    /// "Name a header field this response MUST carry." — or one of several.
    static func headers(need: HeaderNeed, count: Int) -> Bilingual {
        let label = need.label
        if count <= 1 {
            return Bilingual(en: "Name the header field this response \(label.en) carry.",
                             zh: "说出该响应\(label.zh)携带的头域。")
        }
        return Bilingual(en: "Name one of the \(count) header fields this response \(label.en) carry.",
                         zh: "该响应\(label.zh)携带 \(count) 个头域，说出其中一个。")
    }
}
