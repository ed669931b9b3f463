package p

func f() {
}
} // ERROR "syntax error: non-declaration statement outside function body"
