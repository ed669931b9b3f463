package p

func f(x bool) {
	if x // ERROR "syntax error: unexpected newline, expecting { after if clause"
	{
	}
}
