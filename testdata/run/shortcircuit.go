// shortcircuit: && and || evaluate their right operand only when needed,
// left to right; conditions with side effects.
package main

var calls = ""

func t(name string) bool {
	calls += name
	return true
}

func f(name string) bool {
	calls += name
	return false
}

func check(label string, v bool) {
	println(label, v, calls)
	calls = ""
}

func main() {
	check("t&&t", t("a") && t("b"))
	check("f&&t", f("a") && t("b"))
	check("t||t", t("a") || t("b"))
	check("f||t", f("a") || t("b"))
	check("f||f||t", f("a") || f("b") || t("c"))
	check("t&&f&&t", t("a") && f("b") && t("c"))
	check("mixed", f("a") && t("b") || t("c") && f("d"))
	check("not", !f("a") && !(t("b") && f("c")))
	n := 0
	for i := 0; i < 10 && n < 3; i++ {
		if i%2 == 0 || i == 7 {
			n++
		}
	}
	println("n", n)
}
