X = "sib"
