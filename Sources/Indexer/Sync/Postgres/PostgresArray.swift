/// Text form of a PostgreSQL array parameter (`{"a","b"}`), for `= ANY($1::text[])`-style statements.
public enum PostgresArray {
    public static func text(_ elements: [String]) -> String {
        var out = "{"
        var first = true
        for element in elements {
            if !first { out += "," }
            first = false
            out += "\""
            for scalar in element.unicodeScalars {
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
            out += "\""
        }
        return out + "}"
    }

    public static func text(_ integers: [Int]) -> String {
        "{" + integers.map(String.init).joined(separator: ",") + "}"
    }
}
