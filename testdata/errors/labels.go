package main

func main() {
L:
	for {
		break M // ERROR "break label not defined: M"
	}
	goto N // ERROR "label N not defined"
	switch {
	case true:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	for {
		continue L // ERROR "invalid continue label L"
	}
	fallthrough // ERROR "fallthrough statement out of place"
}
