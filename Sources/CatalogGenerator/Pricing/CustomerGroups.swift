/// The customer groups of the generated price tables: ten named ones first (wholesale, VIP, …),
/// then numbered B2B accounts up to the requested count.
///
/// Ids use Medusa's `cusgroup_` prefix (`cusgroup_vip`, `cusgroup_b2b_011`). Groups are ranked:
/// price lists name the first groups far more often than the last.
struct CustomerGroups: Sendable {
    private static let named: [(key: String, name: String)] = [
        ("wholesale", "Wholesale"), ("vip", "VIP"), ("staff", "Staff"), ("trade", "Trade Partners"),
        ("loyalty_gold", "Loyalty Gold"), ("loyalty_silver", "Loyalty Silver"), ("education", "Education"),
        ("nonprofit", "Non-Profit"), ("reseller", "Resellers"), ("corporate", "Corporate"),
    ]

    let ids: [String]
    let names: [String]

    init(count: Int) {
        var ids: [String] = []
        var names: [String] = []
        for position in 0..<count {
            if position < CustomerGroups.named.count {
                ids.append("cusgroup_" + CustomerGroups.named[position].key)
                names.append(CustomerGroups.named[position].name)
            } else {
                let number = String(position + 1)
                let padded = String(repeating: "0", count: max(0, 3 - number.count)) + number
                ids.append("cusgroup_b2b_" + padded)
                names.append("B2B Account " + padded)
            }
        }
        self.ids = ids
        self.names = names
    }
}
