import sys, shutil
