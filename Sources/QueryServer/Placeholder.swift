enum QueryServerPlaceholder {}
