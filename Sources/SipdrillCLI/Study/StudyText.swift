import SipdrillCore

/// The study session's UI words in both languages.
enum StudyText {
    static let new = Bilingual(en: "new", zh: "新")
    static let dueLeft = Bilingual(en: "due left", zh: "个待复习")
    static let right = Bilingual(en: "Right", zh: "答对")
    static let wrong = Bilingual(en: "Wrong", zh: "答错")
    static let accepted = Bilingual(en: "accepted", zh: "已接受")
    static let answerIs = Bilingual(en: "The answer", zh: "正确答案")
    static let youGave = Bilingual(en: "You gave", zh: "你的答案")
    static let tellApart = Bilingual(en: "Tell them apart", zh: "区分要点")
    static let hint = Bilingual(en: "Hint", zh: "提示")
    static let hintCost = Bilingual(en: "(the best rating is now Hard)", zh: "（本题最高只能评为 Hard）")
    static let answerHelp = Bilingual(
        en: "Type your answer — or hint · skip · undo · show CODE · suspend · quit",
        zh: "输入答案——或 hint（提示）· skip（跳过）· undo（撤销）· show 状态码 · suspend（暂停此卡）· quit（退出）")
    static let next = Bilingual(en: "Enter: next · 1–4: change the rating", zh: "回车：下一题 · 1–4：修改评分")
    static let rated = Bilingual(en: "rated", zh: "评分")
    static let ratingChanged = Bilingual(en: "rating changed to", zh: "评分改为")
    static let skipped = Bilingual(en: "skipped (it stays due)", zh: "已跳过（仍然待复习）")
    static let undone = Bilingual(en: "undone", zh: "已撤销")
    static let nothingToUndo = Bilingual(en: "nothing to undo in this session", zh: "本次学习还没有可撤销的答案")
    static let suspended = Bilingual(en: "suspended: it leaves the schedule until 'unsuspend", zh: "已暂停：不再安排复习，直到 'unsuspend")
    static let leech = Bilingual(
        en: "This card keeps slipping (a leech). Type 'suspend' at the next prompt to take it out of the schedule, or keep going.",
        zh: "这张卡反复遗忘（顽固卡）。可在下一个提示处输入 suspend 暂停它，或者继续学习。")
    static let nothingDue = Bilingual(en: "Nothing to study right now.", zh: "现在没有需要学习的卡片。")
    static let newCode = Bilingual(en: "New code", zh: "新状态码")
    static let summary = Bilingual(en: "Session summary", zh: "本次学习小结")
    static let answered = Bilingual(en: "answered", zh: "作答")
    static let accuracy = Bilingual(en: "accuracy", zh: "正确率")
    static let time = Bilingual(en: "time", zh: "用时")
    static let missed = Bilingual(en: "missed", zh: "答错的码")
    static let leeches = Bilingual(en: "new leeches", zh: "新增顽固卡")
    static let nextDue = Bilingual(en: "next review due", zh: "下次复习")
    static let noneDue = Bilingual(en: "nothing scheduled", zh: "暂无安排")

    static func kind(_ kind: CardKind) -> Bilingual {
        switch kind {
        case .phrase: Bilingual(en: "code → phrase", zh: "码 → 短语")
        case .code: Bilingual(en: "phrase → code", zh: "短语 → 码")
        case .meaning: Bilingual(en: "meaning → code", zh: "含义 → 码")
        case .scenario: Bilingual(en: "scenario", zh: "场景")
        case .headers: Bilingual(en: "headers", zh: "头域")
        case .class: Bilingual(en: "class", zh: "类别")
        }
    }

    static func rating(_ rating: Rating) -> Bilingual {
        switch rating {
        case .again: Bilingual(en: "again", zh: "重来")
        case .hard: Bilingual(en: "hard", zh: "困难")
        case .good: Bilingual(en: "good", zh: "良好")
        case .easy: Bilingual(en: "easy", zh: "简单")
        }
    }
}
