enum Placeholder_Pricing {}
