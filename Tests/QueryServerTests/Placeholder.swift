enum Placeholder_QueryServerTests {}
