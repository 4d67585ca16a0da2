import SipdrillCore

/// The REPL's command list in Chinese (the English comes from each command's abstract).
enum HelpText {
    static let chinese: [String: String] = [
        "show": "显示一个或多个状态码的完整卡片（486、sip:486、http:404）。",
        "list": "以表格列出一个卡组的状态码。",
        "search": "按中英文搜索状态码（busy、忙、proxy auth）。",
        "compare": "并排比较几个状态码，并给出区分规则。",
        "check": "校验题库（以及 --content 目录）和学习进度，逐条列出问题。",
        "study": "学习：先复习到期的卡片，再学新卡（不超过每日上限）。",
        "learn": "立即学习 N 张新卡，常用状态码优先。",
        "review": "只复习到期的卡片。",
        "drill": "计划外练习（drill 4xx、drill 480-489 503、--confusables 486），不影响复习安排。",
        "exam": "考试：同一 --seed 得到同一份试卷，可限时，交卷后评分。",
        "exams": "列出历次考试成绩。",
        "party": "多人轮流答题（party alice bob），答题只记入各自的练习记录。",
        "profiles": "列出进度目录中的学习者及最近活动时间。",
        "settings": "查看或修改保持率、每日新卡数、学习步长、最大间隔等设置。",
        "suspend": "暂停某个状态码的全部卡片。",
        "unsuspend": "恢复已暂停的状态码。",
        "replay": "用 FSRS-6 重放复习序列并以 JSON 输出状态（调度器对照工具）。",
        "stats": "学习统计：今日、预测、热力图、保持率、掌握度、易混淆对。",
        "card": "一个状态码各张卡片的状态与复习历史。",
        "team": "团队报告：每人进度与全队最薄弱的状态码。",
    ]

    static let shell: [(String, Bilingual)] = [
        ("486", Bilingual(en: "Same as 'show 486'.", zh: "等同于 show 486。")),
        ("lang en|zh|both", Bilingual(en: "Choose the language shown.", zh: "选择显示语言。")),
        ("deck NAME", Bilingual(en: "Choose the deck bare codes refer to.", zh: "选择裸状态码所指的卡组。")),
        ("profile NAME", Bilingual(en: "Switch to another learner's progress.", zh: "切换到另一位学习者的进度。")),
        ("help COMMAND", Bilingual(en: "Options of one command.", zh: "查看某个命令的选项。")),
        ("quit", Bilingual(en: "Leave (Ctrl-D works too).", zh: "退出（也可按 Ctrl-D）。")),
    ]
}
