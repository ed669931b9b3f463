package lib

const Answer = 42
const Greeting = "hello"
const Rune = 'x'

type Color int

const (
	Red Color = iota
	Green
	Blue
)

const Big uint64 = 1 << 63

type Point struct {
	X, Y int
	hidden int
}


var Count int = 7

var order string

func init() { order = order + "lib;"; Count++ }

func Order() string { return order }

func Add(a, b int) int { return a + b }

func Swap(a, b string) (string, string) { return b, a }

func hidden() int { return 1 }
