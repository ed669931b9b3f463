package p

func f() {} x // ERROR "syntax error: unexpected x after top level declaration"
