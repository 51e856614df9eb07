module keel.dev/bench/loadgen

go 1.22
