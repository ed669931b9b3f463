package p

var café, 日本語, αβγ = 1, 2, 3
var ǅx = "ü"
