// The process: its arguments, its environment, and Exit.

package os

// Args holds the command-line arguments, the program name first.
var Args []string

var env []string

func init() {
	Args = rawArgs()
	env = rawEnv()
}

// Exit ends the program at once with status code (deferred calls do not run).
func Exit(code int) {
	rawExit(code)
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) {
	for _, kv := range env {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Environ returns a copy of the environment, as "key=value" strings.
func Environ() []string {
	e := make([]string, len(env))
	copy(e, env)
	return e
}
