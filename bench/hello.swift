// The baseline the start-up benchmark compares with: a Foundation program that prints a line.
import Foundation
print("hello, " + ProcessInfo.processInfo.processName)
