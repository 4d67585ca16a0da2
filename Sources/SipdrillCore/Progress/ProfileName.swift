/// Profile names become file names (`<profile>.json`), so they are checked: no path
/// separators, no `..`, nothing hidden, nothing empty.
public enum ProfileName {
    public static let `default` = "default"

    public static func validate(_ name: String) throws(ProgressError) -> String {
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || $0 == "-" || $0 == "_" || $0 == "." || $0.properties.isIdeographic
        }
        guard !name.isEmpty, name.count <= 64, allowed, !name.hasPrefix("."), !name.contains("..") else {
            throw .badProfileName(name)
        }
        return name
    }
}
