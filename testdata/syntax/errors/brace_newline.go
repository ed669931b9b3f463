package p

func f()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}
