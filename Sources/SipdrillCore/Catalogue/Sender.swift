/// The kind of element that typically sends a response.
public enum Sender: String, CaseIterable, Codable, Sendable {
    case uas, proxy, registrar, redirect, gateway, origin, any

    /// A short bilingual label.
    public var label: Bilingual {
        switch self {
        case .uas: Bilingual(en: "UAS", zh: "UAS")
        case .proxy: Bilingual(en: "proxy", zh: "代理服务器")
        case .registrar: Bilingual(en: "registrar", zh: "注册服务器")
        case .redirect: Bilingual(en: "redirect server", zh: "重定向服务器")
        case .gateway: Bilingual(en: "gateway", zh: "网关")
        case .origin: Bilingual(en: "origin server", zh: "源服务器")
        case .any: Bilingual(en: "any element", zh: "任何网元")
        }
    }
}
