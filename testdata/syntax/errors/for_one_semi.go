package p

func f() { for i := 0; i < 10 {} } // ERROR "syntax error: unexpected {, expecting semicolon or newline"
