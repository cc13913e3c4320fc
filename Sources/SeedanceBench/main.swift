// seedance-bench: the SDK's performance figures (release build). Scenarios are added by their issues.
print("seedance-bench: no scenarios yet")
