package p

type T // ERROR "syntax error: unexpected newline in type declaration"
